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

/// One keystroke in the planner, natively: the session's whole answer (parse, plan, results,
/// patch) to an edit of the average order value, on the bench page's heavy plan (12 channels,
/// 36 months of history, the outlook on) and on the example.
fn keystroke(c: &mut Criterion) {
    use boussole::form::FormState;
    use boussole::session::{Saved, Session, Start};
    let mut heavy = plan_with(12);
    heavy.history = Some(boussole::model::History {
        months: (0..36)
            .map(|m| 90_000.0 + 1_000.0 * (m % 12) as f64 + 500.0 * m as f64)
            .collect(),
    });
    heavy.seasonality = None;
    heavy.past_growth_rate = None;
    heavy.uncertainty = Some(boussole::model::Uncertainty {
        traffic: 0.15,
        conversion_rate: 0.15,
        average_order_value: 0.15,
        doubling_gain: 0.15,
        draws: boussole::model::DEFAULT_DRAWS,
        seed: boussole::model::DEFAULT_SEED,
    });
    for (name, plan) in [("example", plan_with(4)), ("heavy", heavy)] {
        let (mut session, _) = Session::start(Start {
            saved: Some(Saved {
                form: FormState::from_input(&plan),
                ..Saved::default()
            }),
            ..Start::default()
        });
        let mut i = 0;
        c.bench_function(&format!("keystroke/{name}"), |b| {
            b.iter(|| {
                i += 1;
                let aov = format!("{},{}", 70 + i % 40, i % 7);
                black_box(session.edit("averageOrderValue", &aov))
            })
        });
    }
}

criterion_group! {
    name = benches;
    config = Criterion::default().warm_up_time(std::time::Duration::from_millis(500)).measurement_time(std::time::Duration::from_secs(2));
    targets = render, keystroke
}
criterion_main!(benches);
