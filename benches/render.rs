//! The time to render a plan's results, for 1, 4 and 12 channels: `cargo bench --bench render`
//! (needs a `[[bench]] name = "render", harness = false` entry in Cargo.toml).
//! `results_html` runs after every keystroke, next to the ~12 µs of the engine: it must stay
//! well under a millisecond.

use std::hint::black_box;

use boussole::model::PlanInput;
use boussole::render::{results_html, review_html, summary_text, targets_csv};
use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion};

fn plan_with(channels: usize) -> PlanInput {
    boussole::example::example_plan_with_channels(boussole::Locale::Fr, channels)
}

fn render(c: &mut Criterion) {
    let mut group = c.benchmark_group("results_html");
    for n in [1, 4, 12] {
        let out = boussole::plan(&plan_with(n));
        group.bench_with_input(BenchmarkId::from_parameter(n), &out, |b, out| {
            b.iter(|| results_html(black_box(out)))
        });
    }
    group.finish();

    let out = boussole::plan(&plan_with(12));
    c.bench_function("targets_csv/12", |b| {
        b.iter(|| targets_csv(black_box(&out)))
    });
    c.bench_function("summary_text/12", |b| {
        b.iter(|| summary_text(black_box(&out)))
    });
    let input = plan_with(12);
    c.bench_function("plan+results_html/12", |b| {
        b.iter(|| results_html(&boussole::plan(black_box(&input))))
    });

    let review = boussole::review(&boussole::example::example_review(boussole::Locale::Fr));
    c.bench_function("review_html/4", |b| {
        b.iter(|| review_html(black_box(&review)))
    });
}

criterion_group! {
    name = benches;
    config = Criterion::default().warm_up_time(std::time::Duration::from_millis(500)).measurement_time(std::time::Duration::from_secs(2));
    targets = render
}
criterion_main!(benches);
