//! The time to build a plan's results for the page, for 1, 4 and 12 channels:
//! `cargo bench --bench render` (needs a `[[bench]] name = "render", harness = false` entry in
//! Cargo.toml). After every keystroke the session builds the results' view (`view::plan_view`,
//! with the plan's inputs) and the page receives it as JSON, next to the ~12 µs of the engine:
//! together they must stay under a millisecond for 12 channels. `plan_view/N` is the view
//! alone, `plan_view+json/N` the view and its JSON (what crosses to the page); the exports and
//! the review are measured beside them. `scripts/bench` (`bench/budgets.mjs`) reads the
//! `keystroke/…` lines.

use std::hint::black_box;

use boussole::model::PlanInput;
use boussole::render::{summary_text, targets_csv};
use boussole::view::{plan_view, review_view};
use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion};

fn plan_with(channels: usize) -> PlanInput {
    boussole::example::example_plan_with_channels(boussole::Locale::Fr, channels)
}

fn render(c: &mut Criterion) {
    // The view as the session builds it: with the plan's inputs (next steps, printout).
    let mut group = c.benchmark_group("plan_view");
    for n in [1, 4, 12] {
        let input = plan_with(n);
        let out = boussole::plan(&input);
        group.bench_with_input(BenchmarkId::from_parameter(n), &out, |b, out| {
            b.iter(|| plan_view(black_box(out), None, Some(&input)))
        });
    }
    group.finish();
    let mut group = c.benchmark_group("plan_view+json");
    for n in [1, 4, 12] {
        let input = plan_with(n);
        let out = boussole::plan(&input);
        group.bench_with_input(BenchmarkId::from_parameter(n), &out, |b, out| {
            b.iter(|| serde_json::to_string(&plan_view(black_box(out), None, Some(&input))))
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
    c.bench_function("plan+plan_view+json/12", |b| {
        b.iter(|| {
            let input = black_box(&input);
            serde_json::to_string(&plan_view(&boussole::plan(input), None, Some(input)))
        })
    });

    let review = boussole::review(&boussole::example::example_review(boussole::Locale::Fr));
    c.bench_function("review_view+json/4", |b| {
        b.iter(|| serde_json::to_string(&review_view(black_box(&review))))
    });
}

/// One keystroke in the planner, natively: the session's whole answer (parse, plan, the
/// results' view and the glance) to an edit of the average order value, on the bench page's
/// heavy plan (12 channels, 36 months of history, the outlook on) and on the example. The
/// page then receives the views as JSON (`plan_view+json` above).
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
