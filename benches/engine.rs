//! The engine's time per plan, for 1, 4 and 12 channels: `cargo bench --bench engine`.
//! `plan` is the engine alone (a valid `PlanInput`); `validate+plan` adds reading the JSON value
//! as the page and the CLI do; `review` is the quarterly review with two closed quarters.

use std::hint::black_box;

use boussole::model::PlanInput;
use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion};

fn plan_with(channels: usize) -> PlanInput {
    boussole::example::example_plan_with_channels(boussole::Locale::Fr, channels)
}

fn engine(c: &mut Criterion) {
    let mut group = c.benchmark_group("plan");
    for n in [1, 4, 12] {
        let input = plan_with(n);
        group.bench_with_input(BenchmarkId::from_parameter(n), &input, |b, input| {
            b.iter(|| boussole::plan(black_box(input)))
        });
    }
    group.finish();

    let mut group = c.benchmark_group("validate+plan");
    for n in [1, 4, 12] {
        let value = serde_json::to_value(plan_with(n)).unwrap();
        group.bench_with_input(BenchmarkId::from_parameter(n), &value, |b, value| {
            b.iter(|| boussole::plan_value(black_box(value)))
        });
    }
    group.finish();

    let review = boussole::example::example_review(boussole::Locale::Fr);
    c.bench_function("review/4", |b| {
        b.iter(|| boussole::review(black_box(&review)))
    });
}

criterion_group! {
    name = benches;
    config = Criterion::default().warm_up_time(std::time::Duration::from_millis(500)).measurement_time(std::time::Duration::from_secs(2));
    targets = engine
}
criterion_main!(benches);
