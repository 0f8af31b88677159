//! NumPy `.npz` archives (`np.savez`, `np.savez_compressed`): typed lookup by name, and writing.
