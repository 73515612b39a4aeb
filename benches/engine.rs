//! The engine's time per plan, for 1, 4 and 12 channels: `cargo bench --bench engine`.
//! `plan` is the engine alone (a valid `PlanInput`); `validate+plan` adds reading the JSON value
//! as the page and the CLI do; `outlook` is the 12-channel plan with the outlook's 4 000
//! draws; `review` is the quarterly review with two closed quarters.

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

    // The plan with the outlook's 4 000 draws (§14).
    let mut outlook = plan_with(12);
    outlook.uncertainty = Some(boussole::model::Uncertainty {
        traffic: 0.15,
        conversion_rate: 0.15,
        average_order_value: 0.15,
        doubling_gain: 0.15,
        draws: boussole::model::DEFAULT_DRAWS,
        seed: boussole::model::DEFAULT_SEED,
    });
    c.bench_function("outlook/12", |b| {
        b.iter(|| boussole::plan(black_box(&outlook)))
    });

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
