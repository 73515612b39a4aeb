"""Differential check: random valid plans and reviews, planned by the reference model and by the
`boussole` CLI, compared key by key (numbers to 1e-9 relative; "*" texts not compared).

    python3 tests/reference/differential.py [COUNT] [SEED]

Run by scripts/test; exits 1 and prints the first differences on any disagreement.
"""
import json
import os
import random
import subprocess
import sys

sys.path.insert(0, os.path.dirname(__file__))
import model  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
BIN = os.path.join(ROOT, "target", "debug", "boussole")


def rand_plan(rng: random.Random) -> dict:
    n = rng.randint(1, 12)
    channels = []
    for i in range(n):
        cost = rng.choice([
            {"model": "none"},
            {"model": "perClick", "costPerClick": round(rng.uniform(0.05, 3), 2)},
            {"model": "monthly", "amount": rng.choice([0, round(rng.uniform(100, 20000), 2)])},
            None,
        ])
        c = {
            "id": f"c{i}",
            "label": rng.choice(["SEO", "Ads", "Réseaux", "Email", "Partenaires", "<b>x</b>"]),
            "kind": rng.choice(["seo", "sea", "social", "email", "other"]),
            "sessionsPerMonth": rng.choice([0, rng.randint(10, 200000), round(rng.uniform(1, 5e5), 3)]),
            "conversionRate": round(rng.uniform(0.001, 0.12), 5),
        }
        if cost is not None:
            c["cost"] = cost
        if rng.random() < 0.3:
            c["averageOrderValue"] = round(rng.uniform(5, 400), 2)
        channels.append(c)
    if all(c["sessionsPerMonth"] == 0 for c in channels):
        channels[0]["sessionsPerMonth"] = 1000
    if rng.random() < 0.3:
        raw = [rng.random() + 0.01 for _ in channels]
        total = sum(raw)
        shares = [r / total for r in raw]
        shares[-1] = 1 - sum(shares[:-1])
        for c, s in zip(channels, shares):
            c["goalShare"] = s
    p = {
        "locale": rng.choice(["fr", "en"]),
        "currency": rng.choice(["EUR", "USD", "GBP", "CHF", "CAD"]),
        "start": {"year": rng.randint(2024, 2030), "quarter": rng.randint(1, 4)},
        "averageOrderValue": round(rng.uniform(10, 300), 2),
        "grossMarginRate": round(rng.uniform(0.05, 0.9), 3),
        "channels": channels,
    }
    goal = rng.choice(["growthRate", "extraRevenue", "targetRevenue"])
    if rng.random() < 0.8:
        p["ordersPerCustomer"] = round(rng.uniform(1, 5), 2)
    if rng.random() < 0.6:
        p["pastGrowthRate"] = round(rng.uniform(-0.5, 1), 3)
    if rng.random() < 0.6:
        p["seasonality"] = [round(rng.uniform(0.2, 3), 2) for _ in range(4)]
    if rng.random() < 0.7:
        mode = rng.choice(["ramp", "even", "compound"])
        p["milestones"] = {"mode": mode}
        if rng.random() < 0.5:
            p["milestones"]["rampWeights"] = [round(rng.uniform(0.5, 20), 2) for _ in range(4)]
    if rng.random() < 0.5:
        p["targetLtvToCac"] = round(rng.uniform(1, 6), 2)
    if rng.random() < 0.6:
        p["marketingBudget"] = rng.choice([0, round(rng.uniform(1000, 300000), 2)])
    if rng.random() < 0.5:
        p["scenarios"] = {"prudent": round(rng.uniform(0.3, 1), 2), "ambitious": round(rng.uniform(1, 3), 2)}
    if rng.random() < 0.6:
        p["cartAbandonmentRate"] = round(rng.uniform(0, 0.95), 3)
    if rng.random() < 0.4:
        p["alertTolerance"] = round(rng.uniform(0, 0.5), 3)
    # The goal needs the baseline for a target revenue above it.
    baseline = model.plan(dict(p, goal={"growthRate": 0.1}))["baseline"]["annualRevenue"]
    g = round(rng.uniform(0.01, 1.5), 4)
    p["goal"] = {"growthRate": g} if goal == "growthRate" else (
        {"extraRevenue": round(baseline * g, 2) + 0.01} if goal == "extraRevenue" else
        {"targetRevenue": round(baseline * (1 + g), 2) + 0.01})
    return p


def rand_review(rng: random.Random, p: dict) -> dict:
    out = model.plan(p)
    closed = rng.randint(1, 4)
    actuals = []
    for q in range(closed):
        target = out["quarters"][q]["targetRevenue"]
        a = {"quarter": q + 1, "revenue": round(target * rng.uniform(0.7, 1.3), 2)}
        chans = []
        for c in p["channels"]:
            if rng.random() < 0.6:
                ca = {"id": c["id"]}
                for key, hi in (("sessions", 3e5), ("orders", 5000), ("spend", 60000)):
                    if rng.random() < 0.8:
                        ca[key] = rng.choice([0, round(rng.uniform(1, hi), 1)])
                chans.append(ca)
        if chans or rng.random() < 0.5:
            a["channels"] = chans
        actuals.append(a)
    return dict(p, actuals=actuals)


def diff(e, a, path, out):
    if isinstance(e, str) and e == "*":
        return
    if isinstance(e, bool) or isinstance(a, bool) or e is None or a is None or isinstance(e, str):
        if e != a:
            out.append(f"{path}: expected {e!r}, got {a!r}")
        return
    if isinstance(e, (int, float)):
        if not isinstance(a, (int, float)) or abs(e - a) > 1e-9 * max(abs(e), abs(a), 1e-12):
            out.append(f"{path}: expected {e!r}, got {a!r}")
        return
    if isinstance(e, dict):
        for k, v in e.items():
            if k not in a:
                out.append(f"{path}.{k}: missing")
            else:
                diff(v, a[k], f"{path}.{k}", out)
        return
    if isinstance(e, list):
        if len(e) != len(a):
            out.append(f"{path}: expected {len(e)} items, got {len(a)}")
        for i, (x, y) in enumerate(zip(e, a)):
            diff(x, y, f"{path}[{i}]", out)


def main():
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 300
    rng = random.Random(int(sys.argv[2]) if len(sys.argv) > 2 else 2027)
    if not os.path.exists(BIN):
        subprocess.run(["cargo", "build", "--quiet", "--bin", "boussole"], cwd=ROOT, check=True)
    failures = 0
    for i in range(count):
        p = rand_plan(rng)
        kind, doc = ("review", rand_review(rng, p)) if i % 3 == 2 else ("plan", p)
        expected = model.review(doc) if kind == "review" else model.plan(doc)
        run = subprocess.run([BIN, kind, "-"], input=json.dumps(doc), capture_output=True, text=True)
        actual = json.loads(run.stdout)
        out = []
        diff(expected, actual, "", out)
        if out:
            failures += 1
            if failures <= 3:
                print(f"case {i} ({kind}) disagrees:\n  " + "\n  ".join(out[:10]))
                print("  input: " + json.dumps(doc)[:2000])
    print(f"differential: {count - failures} passed, {failures} failed")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
