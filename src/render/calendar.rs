//! The quarterly reviews as an iCalendar file (RFC 5545), for any calendar: one all-day event
//! per plan quarter, on the first working day after it ends, holding the quarter's targets,
//! its alert thresholds and the review's three questions.
//!
//! Each event's UID names the plan (its currency, start and channels, not its figures) and the
//! quarter: importing the file twice, or again after the targets changed, updates the events
//! rather than adding new ones (`SEQUENCE` grows with the time of the export).

use super::{push_visible, unseen, visible};
use crate::format::{count, money, percent};
use crate::output::{Comparator, Metric, PlanOutput, Quarter};
use crate::words::calendar as words;

/// A moment in UTC, as seconds since 1970-01-01T00:00:00Z (the export's `DTSTAMP`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Utc(pub i64);

/// The reviews of `out`'s quarters as an `.ics` file, exported at `now`.
pub fn reviews_ics(out: &PlanOutput, now: Utc) -> String {
    let l = out.locale;
    let plan = plan_id(out);
    let (date, time) = (civil(now.0.div_euclid(86_400)), now.0.rem_euclid(86_400));
    let stamp = format!(
        "{:04}{:02}{:02}T{:02}{:02}{:02}Z",
        date.0,
        date.1,
        date.2,
        time / 3600,
        time / 60 % 60,
        time % 60
    );
    // Later exports supersede earlier ones: minutes since 2000 grow with every export.
    let sequence = (now.0 - 946_684_800).max(0) / 60;
    let mut ics = Lines::default();
    ics.add("BEGIN:VCALENDAR");
    ics.add("VERSION:2.0");
    ics.add(&format!(
        "PRODID:-//Boussole//Boussole {}//{}",
        crate::VERSION,
        l.code().to_ascii_uppercase()
    ));
    ics.add("CALSCALE:GREGORIAN");
    ics.add("METHOD:PUBLISH");
    ics.add(&format!(
        "X-WR-CALNAME:{}",
        text(words::CALENDAR_NAME.get(l))
    ));
    for q in &out.quarters {
        let day = review_day(q.year, q.quarter);
        let next = civil(day + 1);
        let day = civil(day);
        ics.add("BEGIN:VEVENT");
        ics.add(&format!("UID:{plan}-{}q{}@boussole", q.year, q.quarter));
        ics.add(&format!("DTSTAMP:{stamp}"));
        ics.add(&format!("SEQUENCE:{sequence}"));
        ics.add(&format!(
            "DTSTART;VALUE=DATE:{:04}{:02}{:02}",
            day.0, day.1, day.2
        ));
        ics.add(&format!(
            "DTEND;VALUE=DATE:{:04}{:02}{:02}",
            next.0, next.1, next.2
        ));
        ics.add(&format!(
            "SUMMARY:{}",
            text(&words::REVIEW_TITLE.fill(l, &[&q.label]))
        ));
        ics.add(&format!("DESCRIPTION:{}", text(&description(out, q))));
        // Free time: a reminder of the ritual, not a meeting that blocks the day.
        ics.add("TRANSP:TRANSPARENT");
        ics.add("END:VEVENT");
    }
    ics.add("END:VCALENDAR");
    ics.0
}

/// What a review needs in front of it: the quarter's targets, its alert thresholds, and the
/// three moments of the review.
fn description(out: &PlanOutput, q: &Quarter) -> String {
    let l = out.locale;
    let m = |x: f64| money(x, &out.currency, l);
    let mut s =
        words::QUARTER_TARGET.fill(l, &[&q.label, &m(q.target_revenue), &m(q.extra_revenue)]);
    s.push_str("\n\n");
    s.push_str(words::CHANNEL_TARGETS.get(l));
    for c in &q.channels {
        let Some(channel) = out.channels.iter().find(|t| t.id == c.id) else {
            continue;
        };
        s.push_str("\n- ");
        s.push_str(&words::CHANNEL_TARGET.fill(
            l,
            &[
                &visible(&channel.label),
                &count(c.target_sessions_per_month, l),
                &m(c.extra_revenue),
            ],
        ));
    }
    let rules: Vec<_> = out
        .alert_rules
        .iter()
        .filter(|r| r.quarter == q.index)
        .collect();
    if !rules.is_empty() {
        s.push_str("\n\n");
        s.push_str(words::ALERTS.get(l));
        for rule in rules {
            let value = match rule.metric {
                Metric::Revenue | Metric::Cpa => m(rule.threshold),
                Metric::Sessions => count(rule.threshold, l),
                Metric::ConversionRate => percent(rule.threshold, 2, l),
            };
            let metric = match rule.metric {
                Metric::Revenue => words::REVENUE,
                Metric::Sessions => words::SESSIONS,
                Metric::ConversionRate => words::CONVERSION_RATE,
                Metric::Cpa => words::CPA,
            };
            let sign = match rule.comparator {
                Comparator::AtLeast => "≥",
                Comparator::AtMost => "≤",
            };
            let about = rule
                .channel
                .as_deref()
                .and_then(|id| out.channels.iter().find(|c| &*c.id == id))
                .map_or_else(|| words::WHOLE_SHOP.get(l).into(), |c| visible(&c.label));
            s.push_str("\n- ");
            s.push_str(&words::ALERT.fill(l, &[&about, &metric.get(l), &sign, &value]));
        }
    }
    s.push_str("\n\n");
    s.push_str(words::THREE_QUESTIONS.get(l));
    s
}

/// The plan's name in UIDs: a hash (FNV-1a, 64 bits) of what identifies it rather than its
/// figures: currency, first quarter, channels.
fn plan_id(out: &PlanOutput) -> String {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    let mut eat = |bytes: &[u8]| {
        for b in bytes.iter().chain([&0u8]) {
            hash ^= u64::from(*b);
            hash = hash.wrapping_mul(0x0100_0000_01b3);
        }
    };
    eat(out.currency.as_bytes());
    if let Some(q) = out.quarters.first() {
        eat(&q.year.to_le_bytes());
        eat(&[q.quarter]);
    }
    for c in &out.channels {
        eat(c.id.as_bytes());
        eat(c.label.as_bytes());
    }
    format!("boussole-{hash:016x}")
}

/// The first working day after calendar quarter `quarter` of `year` ends (days since
/// 1970-01-01): not a Saturday or Sunday, not 1 January, not Easter Monday (a public holiday
/// in France, Belgium, Switzerland and the United Kingdom, where Boussole's users are).
pub fn review_day(year: i32, quarter: u8) -> i64 {
    let (y, m) = match quarter {
        4 => (year + 1, 1),
        q => (year, u32::from(q) * 3 + 1),
    };
    let mut day = days(y, m, 1);
    let easter_monday = easter(y) + 1;
    loop {
        let (_, month, date) = civil(day);
        let weekday = (day + 4).rem_euclid(7); // 0 = Sunday: 1970-01-01 was a Thursday.
        let holiday = (month == 1 && date == 1) || day == easter_monday;
        if weekday != 0 && weekday != 6 && !holiday {
            return day;
        }
        day += 1;
    }
}

/// Easter Sunday of `year` (Gregorian, the anonymous algorithm), in days since 1970-01-01.
fn easter(year: i32) -> i64 {
    let (a, b, c) = (year % 19, year / 100, year % 100);
    let (d, e) = (b / 4, b % 4);
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let (i, k) = (c / 4, c % 4);
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    days(year, month as u32, day as u32)
}

/// Days since 1970-01-01 of a Gregorian date (H. Hinnant's `days_from_civil`).
fn days(year: i32, month: u32, day: u32) -> i64 {
    let y = i64::from(year) - i64::from(month <= 2);
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = i64::from(month);
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(day) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The Gregorian date of a day since 1970-01-01 (H. Hinnant's `civil_from_days`).
fn civil(days: i64) -> (i32, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let year = yoe + era * 400 + i64::from(month <= 2);
    (year as i32, month, day)
}

/// A TEXT value escaped (RFC 5545 §3.3.11): backslash, `;`, `,` and line breaks; any other
/// control character but HTAB, which TEXT may not hold, as its code (`\\u{1b}`).
fn text(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 16);
    for c in s.chars() {
        match c {
            '\\' | ';' | ',' => {
                out.push('\\');
                out.push(c);
            }
            '\n' => out.push_str("\\n"),
            '\r' => {}
            '\t' => out.push(c),
            c if unseen(c) => {
                out.push('\\');
                push_visible(&mut out, c);
            }
            c => out.push(c),
        }
    }
    out
}

/// Content lines, each ended by CRLF and folded at 75 octets (RFC 5545 §3.1) without
/// cutting a UTF-8 character in two.
#[derive(Default)]
struct Lines(String);

impl Lines {
    fn add(&mut self, line: &str) {
        let mut width = 0;
        for c in line.chars() {
            let n = c.len_utf8();
            if width + n > 75 {
                self.0.push_str("\r\n ");
                width = 1; // The folding space counts.
            }
            self.0.push(c);
            width += n;
        }
        self.0.push_str("\r\n");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_and_working_days() {
        assert_eq!(days(1970, 1, 1), 0);
        assert_eq!(civil(days(2028, 2, 29)), (2028, 2, 29));
        assert_eq!(civil(easter(2024)), (2024, 3, 31));
        assert_eq!(civil(easter(2029)), (2029, 4, 1));
        // 2027: Q1 ends on a Wednesday; Q4 on a Friday, and 1 January 2028 is a Saturday.
        assert_eq!(civil(review_day(2027, 1)), (2027, 4, 1));
        assert_eq!(civil(review_day(2027, 4)), (2028, 1, 3));
        // 30 September 2028 is a Saturday: the review is on Monday 2 October.
        assert_eq!(civil(review_day(2028, 3)), (2028, 10, 2));
        // 31 March 2029 is a Saturday, and Monday 2 April is Easter Monday.
        assert_eq!(civil(review_day(2029, 1)), (2029, 4, 3));
        // 1 January 2030 is a Tuesday, a holiday: Wednesday 2.
        assert_eq!(civil(review_day(2029, 4)), (2030, 1, 2));
    }

    #[test]
    fn lines_fold_at_75_octets_without_cutting_a_character() {
        let mut lines = Lines::default();
        lines.add(&format!("DESCRIPTION:{}", "é".repeat(80)));
        for line in lines.0.split("\r\n").filter(|l| !l.is_empty()) {
            assert!(line.len() <= 75, "{} octets", line.len());
        }
        assert_eq!(
            lines.0.replace("\r\n ", ""),
            format!("DESCRIPTION:{}\r\n", "é".repeat(80))
        );
        assert_eq!(text("a;b,c\\d\ne"), "a\\;b\\,c\\\\d\\ne");
    }
}
