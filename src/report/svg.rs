//! Inline SVG charts for the HTML reports. Each chart is an `<svg role="img">` named by its own
//! `<title>` and `<desc>` (through `aria-labelledby`); the page puts the same figures in a table
//! beside it, so nothing is only in the picture. Text is escaped; colours come from classes in
//! the page's style sheet.

use super::html::esc;
use crate::domain::text::{fit, line};
use crate::t;
use std::fmt::Write;

/// Opens an `<svg>` with its title and description; `id` makes their IDs unique in the page.
fn open(id: &str, (w, h): (u32, u32), title: &str, desc: &str) -> String {
    format!(
        "<svg role=\"img\" viewBox=\"0 0 {w} {h}\" \
         width=\"100%\" preserveAspectRatio=\"xMinYMin meet\" aria-labelledby=\"{id}-t {id}-d\">\
         <title id=\"{id}-t\">{}</title><desc id=\"{id}-d\">{}</desc>",
        esc(title),
        esc(desc)
    )
}

/// Horizontal bars, one per row: (label, share done 0.0 to 1.0 or none known).
pub fn bars(id: &str, title: &str, rows: &[(String, Option<f64>)]) -> String {
    let row_h = 28;
    let (w, label_w, bar_w) = (640u32, 250u32, 330u32);
    let h = row_h * rows.len() as u32 + 8;
    let desc: Vec<String> = rows
        .iter()
        .map(|(l, p)| format!("{}: {}", line(l), super::percent(*p)))
        .collect();
    let mut s = open(id, (w, h), title, &desc.join("; "));
    for (i, (label, p)) in rows.iter().enumerate() {
        let y = 4 + row_h * i as u32;
        let filled = p.map_or(0.0, |p| p.clamp(0.0, 1.0)) * f64::from(bar_w);
        let _ = write!(
            s,
            "<text x=\"0\" y=\"{}\" class=\"lbl\">{}</text>\
             <rect x=\"{label_w}\" y=\"{y}\" width=\"{bar_w}\" height=\"18\" class=\"track\"/>\
             <rect x=\"{label_w}\" y=\"{y}\" width=\"{filled:.1}\" height=\"18\" class=\"fill\"/>\
             <text x=\"{}\" y=\"{}\" class=\"lbl\">{}</text>",
            y + 14,
            esc(&fit(&line(label), 34)),
            label_w + bar_w + 8,
            y + 14,
            esc(&super::percent(*p))
        );
    }
    s.push_str("</svg>");
    s
}

/// Lines of levels 1 to 5 over sessions: mood (solid) and energy (dashed); a gap where nothing
/// was recorded.
pub fn levels(id: &str, dates: &[String], series: &[(&str, &str, Vec<Option<u8>>)]) -> String {
    let (w, h) = (640u32, 200u32);
    let (left, top, plot_w, plot_h) = (40.0, 10.0, 580.0, 160.0);
    let n = dates.len().max(1);
    let x = |i: usize| {
        if n == 1 {
            left + plot_w / 2.0
        } else {
            left + plot_w * i as f64 / (n - 1) as f64
        }
    };
    let y = |v: u8| top + plot_h * (5.0 - f64::from(v)) / 4.0;
    let desc: Vec<String> = series
        .iter()
        .map(|(name, _, values)| {
            let v: Vec<String> = values
                .iter()
                .map(|v| v.map_or(t!("rep-chart-none"), |n| n.to_string()))
                .collect();
            t!("rep-chart-per-session", name = *name, values = v.join(", "))
        })
        .collect();
    let mut s = open(id, (w, h), &t!("rep-mood-caption"), &desc.join(". "));
    for level in 1..=5u8 {
        let _ = write!(
            s,
            "<line x1=\"{left}\" x2=\"{}\" y1=\"{y:.1}\" y2=\"{y:.1}\" class=\"grid\"/>\
             <text x=\"4\" y=\"{:.1}\" class=\"lbl\">{level}</text>",
            left + plot_w,
            y(level) + 4.0,
            y = y(level)
        );
    }
    for (name, class, values) in series {
        let mut segment: Vec<String> = Vec::new();
        let flush = |segment: &mut Vec<String>, s: &mut String| {
            if segment.len() > 1 {
                let _ = write!(
                    s,
                    "<polyline points=\"{}\" class=\"{class}\"/>",
                    segment.join(" ")
                );
            }
            segment.clear();
        };
        for (i, v) in values.iter().enumerate() {
            match v {
                Some(v) => {
                    segment.push(format!("{:.1},{:.1}", x(i), y(*v)));
                    let _ = write!(
                        s,
                        "<circle cx=\"{:.1}\" cy=\"{:.1}\" r=\"4\" class=\"{class}-dot\"><title>{} {}: {v}</title></circle>",
                        x(i),
                        y(*v),
                        esc(name),
                        esc(dates.get(i).map_or("", String::as_str))
                    );
                }
                None => flush(&mut segment, &mut s),
            }
        }
        flush(&mut segment, &mut s);
    }
    if let (Some(first), Some(last)) = (dates.first(), dates.last()) {
        let _ = write!(
            s,
            "<text x=\"{left}\" y=\"195\" class=\"lbl\">{}</text>\
             <text x=\"{}\" y=\"195\" class=\"lbl\" text-anchor=\"end\">{}</text>",
            esc(first),
            left + plot_w,
            esc(last)
        );
    }
    s.push_str("</svg>");
    s
}

/// The skill matrix: a row per skill, five cells for the levels; the current level filled, the
/// target outlined.
pub fn matrix(id: &str, rows: &[(String, Option<u8>, Option<u8>)]) -> String {
    let row_h = 26u32;
    let (label_w, cell) = (220u32, 34u32);
    let (w, h) = (label_w + cell * 5 + 20, row_h * rows.len() as u32 + 30);
    let desc: Vec<String> = rows
        .iter()
        .map(|(skill, c, t)| {
            t!(
                "rep-chart-skill",
                skill = line(skill),
                current = super::level(*c),
                target = super::level(*t)
            )
        })
        .collect();
    let mut s = open(id, (w, h), &t!("rep-skills-chart"), &desc.join("; "));
    for level in 1..=5u32 {
        let _ = write!(
            s,
            "<text x=\"{}\" y=\"14\" class=\"lbl\" text-anchor=\"middle\">{level}</text>",
            label_w + cell * (level - 1) + cell / 2
        );
    }
    for (i, (skill, current, target)) in rows.iter().enumerate() {
        let y = 22 + row_h * i as u32;
        let _ = write!(
            s,
            "<text x=\"0\" y=\"{}\" class=\"lbl\">{}</text>",
            y + 15,
            esc(&fit(&line(skill), 30))
        );
        for level in 1..=5u8 {
            let x = label_w + cell * u32::from(level - 1);
            let mut class = if current.is_some_and(|c| level <= c) {
                "cell on".to_string()
            } else {
                "cell".to_string()
            };
            if *target == Some(level) {
                class.push_str(" target");
            }
            let _ = write!(
                s,
                "<rect x=\"{}\" y=\"{y}\" width=\"{}\" height=\"20\" class=\"{class}\"/>",
                x + 2,
                cell - 4
            );
        }
    }
    s.push_str("</svg>");
    s
}

/// Bars of hours per month, with the capacity as a line when set.
pub fn hours(id: &str, months: &[(String, f64)], capacity: Option<f64>) -> String {
    let (w, h) = (640u32, 220u32);
    let (left, top, plot_w, plot_h) = (40.0, 10.0, 590.0, 170.0);
    let top_value = months
        .iter()
        .map(|(_, v)| *v)
        .chain(capacity)
        .fold(1.0_f64, f64::max)
        // Room above the highest bar or the capacity line for its label.
        * 1.15;
    let y = |v: f64| top + plot_h * (1.0 - v / top_value);
    let desc: Vec<String> = months
        .iter()
        .map(|(m, v)| {
            t!(
                "rep-chart-month-hours",
                month = m.as_str(),
                hours = format!("{v:.1}")
            )
        })
        .collect();
    let cap = capacity.map_or(t!("rep-chart-no-capacity"), |c| {
        t!("rep-chart-capacity", hours = format!("{c:.1}"))
    });
    let mut s = open(
        id,
        (w, h),
        &t!("rep-hours"),
        &format!("{}; {cap}", desc.join("; ")),
    );
    let slot = plot_w / months.len().max(1) as f64;
    for (i, (month, v)) in months.iter().enumerate() {
        let x = left + slot * i as f64;
        let _ = write!(
            s,
            "<rect x=\"{:.1}\" y=\"{:.1}\" width=\"{:.1}\" height=\"{:.1}\" class=\"fill\"/>\
             <text x=\"{:.1}\" y=\"198\" class=\"lbl small\" text-anchor=\"middle\">{}</text>",
            x + slot * 0.15,
            y(*v),
            slot * 0.7,
            (top + plot_h - y(*v)).max(0.0),
            x + slot / 2.0,
            esc(month.get(2..).unwrap_or(month))
        );
    }
    if let Some(c) = capacity {
        let _ = write!(
            s,
            "<line x1=\"{left}\" x2=\"{}\" y1=\"{:.1}\" y2=\"{:.1}\" class=\"cap\"/>\
             <text x=\"{left}\" y=\"{:.1}\" class=\"lbl small\">{}</text>",
            left + plot_w,
            y(c),
            y(c),
            y(c) - 4.0,
            esc(&t!("rep-chart-capacity-short", hours = format!("{c:.1}")))
        );
    }
    let _ = write!(
        s,
        "<text x=\"0\" y=\"{:.1}\" class=\"lbl small\">{}</text>\
         <text x=\"0\" y=\"{:.1}\" class=\"lbl small\">0</text>",
        top + 10.0,
        esc(&t!(
            "rep-chart-hours-short",
            hours = format!("{top_value:.0}")
        )),
        top + plot_h
    );
    s.push_str("</svg>");
    s
}
