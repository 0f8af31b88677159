//! The platform: `_start`, output and exit for x86-64 Linux through raw system calls, the
//! `mem*` functions the compiler calls, and the panic handler. This file is all that changes on
//! another target (see the README's porting note); the programs only call [`print`] and
//! [`exit`] and are run by [`entry!`](crate::entry).

use core::arch::asm;
use core::sync::atomic::{AtomicUsize, Ordering};

/// Defines the process entry point `_start` for a program `fn() -> i32` (its exit status).
///
/// The kernel starts `_start` with the stack 16-byte aligned and no return address, unlike a
/// function call; the naked entry aligns it and calls the program as a function. On a
/// Cortex-M board this becomes `#[cortex_m_rt::entry] fn main() -> ! { … }`.
#[macro_export]
macro_rules! entry {
    ($program:path) => {
        /// The process entry point.
        ///
        /// # Safety
        /// Called once by the kernel, with the initial stack.
        #[unsafe(naked)]
        #[unsafe(no_mangle)]
        pub unsafe extern "C" fn _start() -> ! {
            // SAFETY: clears the frame pointer, aligns the stack to 16 bytes as the C ABI
            // expects at a call, and calls a function that never returns.
            core::arch::naked_asm!(
                "xor ebp, ebp",
                "and rsp, -16",
                "call {run}",
                "ud2",
                run = sym run,
            )
        }

        extern "C" fn run() -> ! {
            $crate::rt::paint_stack();
            let status = $program();
            $crate::rt::report_stack();
            $crate::rt::exit(status)
        }
    };
}

/// Writes `bytes` to standard output.
pub fn print(bytes: &[u8]) {
    let mut rest = bytes;
    while !rest.is_empty() {
        let written: isize;
        // SAFETY: `write(1, ptr, len)` reads `len` bytes at `ptr`, which `rest` owns; the
        // kernel clobbers rcx and r11 only.
        unsafe {
            asm!("syscall", inlateout("rax") 1isize => written, in("rdi") 1usize, in("rsi") rest.as_ptr(),
                 in("rdx") rest.len(), lateout("rcx") _, lateout("r11") _, options(nostack));
        }
        match usize::try_from(written) {
            Ok(n) if n > 0 => rest = &rest[n.min(rest.len())..],
            _ => return,
        }
    }
}

/// Ends the process with `status`.
pub fn exit(status: i32) -> ! {
    // SAFETY: `exit_group` does not return.
    unsafe {
        asm!("syscall", in("rax") 231usize, in("rdi") status as isize, options(noreturn, nostack));
    }
}

/// Bytes of stack below the entry frame that [`paint_stack`] fills and [`report_stack`] checks.
const PAINTED: usize = 256 << 10;
/// The paint.
const PAINT: u8 = 0xa5;
/// The lowest painted address.
static PAINT_BOTTOM: AtomicUsize = AtomicUsize::new(0);

/// Fills the `PAINTED` bytes below the current stack pointer with a pattern, so
/// [`report_stack`] can tell how deep the program went (the stack-painting method of firmware
/// engineers; on a microcontroller, paint from the end of `.bss` to the stack pointer).
#[inline(never)]
pub fn paint_stack() {
    let bottom = stack_pointer() - PAINTED;
    PAINT_BOTTOM.store(bottom, Ordering::Relaxed);
    // SAFETY: moves the stack pointer down a page at a time, touching each page (so the
    // kernel, or valgrind, grows the stack), fills the `PAINTED` bytes under the original
    // stack pointer (unused stack: nothing lives there), and restores the stack pointer.
    unsafe {
        asm!(
            "mov {saved}, rsp",
            "2:",
            "sub rsp, 4096",
            "mov byte ptr [rsp], 0",
            "cmp rsp, rdi",
            "ja 2b",
            "mov rsp, rdi",
            "rep stosb",
            "mov rsp, {saved}",
            saved = out(reg) _,
            inout("rdi") bottom => _,
            inout("rcx") PAINTED => _,
            in("al") PAINT,
        );
    }
}

/// Prints `stack: N bytes`: how much of the painted stack the program overwrote, measured from
/// the stack pointer of [`paint_stack`] (so it includes the program's own frame).
#[inline(never)]
pub fn report_stack() {
    let bottom = PAINT_BOTTOM.load(Ordering::Relaxed);
    let mut untouched = 0;
    // SAFETY: reads the painted region, under the stack pointer (volatile: it is not memory
    // the compiler knows about).
    while untouched < PAINTED
        && unsafe { core::ptr::read_volatile((bottom + untouched) as *const u8) } == PAINT
    {
        untouched += 1;
    }
    crate::out::text("stack: ");
    crate::out::uint(PAINTED - untouched);
    crate::out::text(" bytes\n");
}

fn stack_pointer() -> usize {
    let sp: usize;
    // SAFETY: reads rsp.
    unsafe { asm!("mov {}, rsp", out(reg) sp, options(nomem, nostack, preserves_flags)) };
    sp
}

/// The unwinding personality routine, which is never called: panics abort (`panic = "abort"`
/// and the handler below exits). `core` ships compiled with unwinding, so its objects still
/// name this symbol and a program without `std` must define it (rust-lang/rust#106864).
#[unsafe(no_mangle)]
pub extern "C" fn rust_eh_personality() {}

#[panic_handler]
fn panic(_: &core::panic::PanicInfo<'_>) -> ! {
    print(b"panic\n");
    exit(101)
}

// The compiler lowers array copies and fills to these; with `-nostdlib` no libc provides them
// (on thumb targets `compiler_builtins` does). `rep movsb`/`rep stosb` are short and fast on
// current x86-64 cores, and being assembly they cannot be turned back into calls to themselves.

/// `memcpy`.
///
/// # Safety
/// `dst` and `src` are valid for `n` bytes and do not overlap.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn memcpy(dst: *mut u8, src: *const u8, n: usize) -> *mut u8 {
    // SAFETY: the caller's contract; copies forwards.
    unsafe {
        asm!("rep movsb", inout("rdi") dst => _, inout("rsi") src => _, inout("rcx") n => _,
             options(nostack, preserves_flags));
    }
    dst
}

/// `memmove`.
///
/// # Safety
/// `dst` and `src` are valid for `n` bytes.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn memmove(dst: *mut u8, src: *const u8, n: usize) -> *mut u8 {
    if (dst as usize).wrapping_sub(src as usize) >= n {
        // SAFETY: `dst` is below `src` or past its end: a forward copy reads every byte
        // before it is overwritten.
        return unsafe { memcpy(dst, src, n) };
    }
    // SAFETY: the caller's contract; copies backwards (direction flag set, then cleared as the
    // ABI requires), since `dst` overlaps the end of `src`.
    unsafe {
        asm!("std", "rep movsb", "cld", inout("rdi") dst.add(n).wrapping_sub(1) => _,
             inout("rsi") src.add(n).wrapping_sub(1) => _, inout("rcx") n => _, options(nostack));
    }
    dst
}

/// `memset`.
///
/// # Safety
/// `dst` is valid for `n` bytes.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn memset(dst: *mut u8, value: i32, n: usize) -> *mut u8 {
    // SAFETY: the caller's contract.
    unsafe {
        asm!("rep stosb", inout("rdi") dst => _, inout("rcx") n => _, in("al") value as u8,
             options(nostack, preserves_flags));
    }
    dst
}

/// `memcmp` (and `bcmp`, which the compiler also emits).
///
/// # Safety
/// `a` and `b` are valid for `n` bytes.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn memcmp(a: *const u8, b: *const u8, n: usize) -> i32 {
    let mut i = 0;
    while i < n {
        // SAFETY: `i < n`, inside both buffers (volatile, so this loop is not recognised as
        // a `memcmp` call).
        let (x, y) = unsafe { (a.add(i).read_volatile(), b.add(i).read_volatile()) };
        if x != y {
            return i32::from(x) - i32::from(y);
        }
        i += 1;
    }
    0
}

/// `bcmp`: like [`memcmp`], only zero versus non-zero matters.
///
/// # Safety
/// `a` and `b` are valid for `n` bytes.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn bcmp(a: *const u8, b: *const u8, n: usize) -> i32 {
    // SAFETY: the same contract.
    unsafe { memcmp(a, b, n) }
}
