//! The channels of a plan (§1): each one's fields and cost, the shares of the goal, and what
//! the baseline needs even when another field of a channel is wrong.

use super::*;

/// What the baseline needs of a channel: its sessions a month, conversion rate and own order
/// value, when each is valid.
type BaselineFigures = (f64, f64, Option<f64>);

/// The channels, and the figures of the baseline when every channel gives them valid (the goal's
/// bounds need them even when another field of a channel is wrong).
pub(super) fn read_channels(
    r: &mut Reader,
    value: Option<&Value>,
) -> (Option<Vec<ChannelInput>>, Option<Vec<BaselineFigures>>) {
    let Some(items) = r.list(
        "channels",
        value,
        MAX_CHANNELS,
        Problem::NoChannels,
        Problem::TooManyChannels,
    ) else {
        return (None, None);
    };
    let mut channels = Vec::with_capacity(items.len());
    let mut figures = Some(Vec::with_capacity(items.len()));
    let mut shares = Some(Vec::with_capacity(items.len()));
    let mut all_ok = true;
    for (i, item) in items.iter().enumerate() {
        let (channel, parts) = read_channel(r, &index("channels", i), item);
        match channel {
            Some(c) => channels.push(c),
            None => all_ok = false,
        }
        let (baseline, share) = match parts {
            Some(p) => (p.baseline, p.share),
            None => (None, None),
        };
        figures = figures.zip(baseline).map(|(mut list, f)| {
            list.push(f);
            list
        });
        shares = shares.zip(share).map(|(mut list, s)| {
            list.push(s);
            list
        });
    }
    // Every error at once: the shares are checked whenever each is readable.
    let shares_ok = shares.is_none_or(|shares| check_shares(r, &shares));
    // Duplicate ids, checked on every readable id.
    for (i, item) in items.iter().enumerate() {
        let Some(id) = item.get("id").and_then(Value::as_str) else {
            continue;
        };
        if let Some(first) = items[..i]
            .iter()
            .position(|other| other.get("id").and_then(Value::as_str) == Some(id))
        {
            r.report(&format!("channels[{i}].id"), Problem::DuplicateId(first));
            all_ok = false;
        }
    }
    ((all_ok && shares_ok).then_some(channels), figures)
}

/// Either every channel gives a goal share and they sum to 1 (±1e-6), or none does.
fn check_shares(r: &mut Reader, shares: &[Option<f64>]) -> bool {
    let given = shares.iter().filter(|s| s.is_some()).count();
    if given == 0 {
        return true;
    }
    if given < shares.len() {
        for (i, share) in shares.iter().enumerate() {
            if share.is_none() {
                r.report(
                    &format!("channels[{i}].goalShare"),
                    Problem::SharesIncomplete,
                );
            }
        }
        return false;
    }
    let total: f64 = shares.iter().flatten().sum();
    if (total - 1.0).abs() > 1e-6 {
        r.report("channels", Problem::SharesDoNotSumToOne(total));
        return false;
    }
    true
}

/// What can be read of a channel even when another of its fields is wrong.
struct ChannelParts {
    baseline: Option<BaselineFigures>,
    share: Option<Option<f64>>,
}

fn read_channel(
    r: &mut Reader,
    path: &str,
    value: &Value,
) -> (Option<ChannelInput>, Option<ChannelParts>) {
    let Some(o) = r.object(path, value) else {
        return (None, None);
    };
    r.reject_unknown(
        path,
        o,
        &[
            "id",
            "label",
            "kind",
            "sessionsPerMonth",
            "conversionRate",
            "averageOrderValue",
            "goalShare",
            "cost",
        ],
    );
    let id_path = join(path, "id");
    let id = r.string(&id_path, o.get("id")).and_then(|id| {
        let valid = (1..=32).contains(&id.len())
            && id
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
        if valid {
            Some(id.to_string())
        } else {
            r.report(&id_path, Problem::InvalidId);
            None
        }
    });
    let label_path = join(path, "label");
    let label = r.string(&label_path, o.get("label")).and_then(|label| {
        if !(1..=60).contains(&label.chars().count()) {
            r.report(&label_path, Problem::InvalidLabel);
            None
        } else if label.chars().any(char::is_control) {
            // U+0000–U+001F and U+007F–U+009F: a tab or a line break pasted with the name.
            r.report(&label_path, Problem::LabelControlCharacter);
            None
        } else {
            Some(label.to_string())
        }
    });
    let kind = r
        .choice(&join(path, "kind"), o.get("kind"), ChannelKind::CODES)
        .and_then(ChannelKind::parse);
    let sessions = r.value(path, o, &fields::SESSIONS_PER_MONTH);
    let cr = r.value(path, o, &fields::CONVERSION_RATE);
    let aov = r.field(path, o, &fields::CHANNEL_AVERAGE_ORDER_VALUE);
    let share = r.field(path, o, &fields::GOAL_SHARE);
    let cost = read_cost(r, path, o.get("cost"));
    let parts = ChannelParts {
        baseline: sessions.zip(cr).zip(aov).map(|((s, c), a)| (s, c, a)),
        share,
    };
    let channel = (|| {
        Some(ChannelInput {
            id: id?,
            label: label?,
            kind: kind?,
            sessions_per_month: sessions?,
            conversion_rate: cr?,
            average_order_value: aov?,
            goal_share: share?,
            cost: cost?,
        })
    })();
    (channel, Some(parts))
}

/// The `cost` of the channel at `channel`. v1's `{model: "monthly", amount}` reads as
/// `{model: "fixed", monthly: amount}`.
fn read_cost(r: &mut Reader, channel: &str, value: Option<&Value>) -> Option<CostModel> {
    let Some(value) = value.filter(|v| !v.is_null()) else {
        return Some(CostModel::None);
    };
    let path = join(channel, fields::COST.path);
    let o = r.object(&path, value)?;
    let model_path = join(&path, "model");
    if o.get("model").and_then(Value::as_str) == Some(V1_MONTHLY) {
        // Its messages name the key the file holds.
        let amount = fields::Field {
            path: "cost.amount",
            ..fields::COST_FIXED_MONTHLY
        };
        r.reject_unknown(&path, o, &["model", amount.key()]);
        return r
            .value(channel, o, &amount)
            .map(|monthly| CostModel::Fixed { monthly });
    }
    let model = r.choice(&model_path, o.get("model"), CostKind::CODES);
    let (per_click, spend, fixed, gain) = (
        &fields::COST_PER_CLICK,
        &fields::COST_CURRENT_MONTHLY,
        &fields::COST_FIXED_MONTHLY,
        &fields::DOUBLING_GAIN,
    );
    let kind = model.and_then(CostKind::parse);
    let allowed: &[&str] = match kind {
        Some(CostKind::None) => &["model"],
        Some(CostKind::PerClick) => &["model", per_click.key(), gain.key()],
        Some(CostKind::Spend) => &["model", spend.key(), gain.key()],
        Some(CostKind::Fixed) => &["model", fixed.key()],
        None => &[
            "model",
            per_click.key(),
            spend.key(),
            fixed.key(),
            gain.key(),
            "amount",
        ],
    };
    r.reject_unknown(&path, o, allowed);
    // Left out, it stays out (the engine takes the default): a plan reads back as written.
    let doubling_gain = |r: &mut Reader| -> Option<Option<f64>> {
        let (path, n) = (join(channel, gain.path), gain.number()?);
        let d = r.optional_number(&path, o.get(gain.key()), n.bounds, n.unit)?;
        // Between 0.95 and 1 the curve's ceiling overflows: a straight line is exactly 1.
        if d.is_some_and(|d| d > 0.95 && d < 1.0) {
            r.report(&path, Problem::OutOfRange(n.bounds, n.unit));
            return None;
        }
        Some(d)
    };
    match kind? {
        CostKind::None => Some(CostModel::None),
        CostKind::PerClick => {
            let cpc = r.value(channel, o, per_click);
            let gain = doubling_gain(r);
            Some(CostModel::PerClick {
                cost_per_click: cpc?,
                doubling_gain: gain?,
            })
        }
        CostKind::Spend => {
            let current = r.value(channel, o, spend);
            let gain = doubling_gain(r);
            Some(CostModel::Spend {
                current_monthly: current?,
                doubling_gain: gain?,
            })
        }
        CostKind::Fixed => r
            .value(channel, o, fixed)
            .map(|monthly| CostModel::Fixed { monthly }),
    }
}
