//! The digits example (`examples/train_digits.rs`, compiled in as a module): the data it
//! loads, its evaluation against a naive forward pass, and the bar — at least 95 % test
//! accuracy, the same numbers on every run under its seed.

#[allow(dead_code)]
#[path = "../examples/train_digits.rs"]
mod train_digits;

use train_digits::{CLASSES, EPOCHS, HIDDEN, Images, Mlp, PIXELS, SEED, TEST, TRAIN};

/// Images per class in the whole file, as `data/digits/README.md` states them.
const PER_CLASS: [usize; CLASSES] = [178, 182, 177, 183, 181, 182, 181, 179, 174, 180];

fn count_classes<const N: usize>(images: &Images<N>, counts: &mut [usize; CLASSES]) {
    for &label in images.labels.iter() {
        counts[label] += 1;
    }
}

#[test]
fn the_split_covers_the_data_once() {
    let (train, test) = train_digits::load();
    let mut counts = [0; CLASSES];
    count_classes(&train, &mut counts);
    count_classes(&test, &mut counts);
    assert_eq!(counts, PER_CLASS);
    // Pixels are the counts 0..=16 scaled by 1/16, so exact multiples of 1/16 in [0, 1].
    for v in train.pixels.iter().chain(test.pixels.iter()) {
        assert!((0.0..=1.0).contains(v) && (v * 16.0).fract() == 0.0, "{v}");
    }
    // The split is fixed: the same images every time.
    let (again, _) = train_digits::load();
    assert_eq!(again.pixels, train.pixels);
    assert_eq!((TRAIN, TEST), (1437, 360));
}

/// `relu(x·W1 + b1)·W2 + b2` and its argmax, by loops over the rows.
fn naive_predict(net: &Mlp, x: &[f32]) -> usize {
    let hidden: Vec<f32> = (0..HIDDEN)
        .map(|h| {
            let z = (0..PIXELS).fold(net.b1[[h]], |s, p| s + x[p] * net.w1[[p, h]]);
            z.max(0.0)
        })
        .collect();
    let logits: Vec<f32> = (0..CLASSES)
        .map(|c| (0..HIDDEN).fold(net.b2[[c]], |s, h| s + hidden[h] * net.w2[[h, c]]))
        .collect();
    (0..CLASSES).fold(0, |best, c| if logits[c] > logits[best] { c } else { best })
}

#[test]
fn reaches_95_percent_on_the_test_set_deterministically() {
    let (net, history) = train_digits::train(EPOCHS, SEED, |_| {});
    let last = history.last().unwrap();
    assert!(
        last.test_accuracy >= 0.95,
        "test accuracy {:.1} % after {EPOCHS} epochs",
        100.0 * last.test_accuracy
    );
    assert!(last.loss < history[0].loss / 10.0, "{history:?}");

    // The example's accuracy against a naive forward pass of the trained network.
    let (_, test) = train_digits::load();
    let right = (0..TEST)
        .filter(|&i| {
            naive_predict(&net, &test.pixels.as_slice()[i * PIXELS..][..PIXELS]) == test.labels[[i]]
        })
        .count();
    assert!((right as f64 / TEST as f64 - last.test_accuracy).abs() < 1.5 / TEST as f64);

    // Another run from the same seed: the same network and the same numbers.
    let (again, history_again) = train_digits::train(EPOCHS, SEED, |_| {});
    assert_eq!(again, net);
    let strip = |h: &[train_digits::Epoch]| -> Vec<(f64, f64, f64)> {
        h.iter()
            .map(|e| (e.loss, e.train_accuracy, e.test_accuracy))
            .collect()
    };
    assert_eq!(strip(&history_again), strip(&history));
}
