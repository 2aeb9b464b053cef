namespace CrowdSim.Reporting.Html;

/// <summary>The report's CSS, inlined so the page needs no other file; system fonts only.</summary>
internal static class Stylesheet
{
    public const string Css = """

        :root { --ink: #1f2328; --muted: #626a73; --line: #d8dee4; --soft: #f6f8fa; --accent: #4e79a7; --bad: #c0392b; }
        * { box-sizing: border-box; }
        body { margin: 0 auto; max-width: 1000px; padding: 24px 28px 48px; color: var(--ink);
               font: 15px/1.5 system-ui, -apple-system, "Segoe UI", "DejaVu Sans", Arial, sans-serif; }
        header h1 { margin: 0 0 4px; font-size: 26px; }
        .lead { margin: 0 0 16px; color: var(--muted); }
        h2 { margin: 36px 0 10px; padding-bottom: 4px; border-bottom: 2px solid var(--line); font-size: 21px; }
        h3 { margin: 26px 0 8px; font-size: 17px; }
        h4 { margin: 20px 0 6px; font-size: 15px; }
        nav.toc { background: var(--soft); border: 1px solid var(--line); border-radius: 6px; padding: 8px 20px 10px; }
        nav.toc h2 { border: 0; margin: 4px 0; font-size: 16px; }
        nav.toc ol { margin: 0; padding-left: 20px; }
        nav.toc ol ol { columns: 2; font-size: 14px; }
        a { color: var(--accent); }
        code { font: 13px/1.4 "DejaVu Sans Mono", Menlo, Consolas, monospace; background: var(--soft); padding: 1px 4px; border-radius: 3px; word-break: break-all; }
        table.data { border-collapse: collapse; margin: 8px 0 14px; font-size: 14px; font-variant-numeric: tabular-nums; }
        table.data th, table.data td { border-bottom: 1px solid var(--line); padding: 4px 10px; text-align: right; vertical-align: top; }
        table.data td { white-space: nowrap; }
        table.data th:first-child, table.data td:first-child, table.data .text { text-align: left; white-space: normal; }
        table.data thead th { background: var(--soft); font-weight: 600; }
        table.data tr.total td { font-weight: 600; }
        table.data tr.significant td { background: #fdf0ee; }
        .scroll { overflow-x: auto; }
        .ci, .key { display: block; color: var(--muted); font-size: 12px; }
        .key { font-family: "DejaVu Sans Mono", Menlo, Consolas, monospace; }
        ul.facts { padding-left: 20px; }
        ul.facts li { margin: 4px 0; }
        .split { display: flex; height: 26px; border-radius: 4px; overflow: hidden; margin: 6px 0 4px; font-size: 12px; color: #fff; }
        .split span { display: flex; align-items: center; justify-content: center; white-space: nowrap; overflow: hidden; }
        .legend span { display: inline-block; margin-right: 14px; font-size: 13px; }
        .legend i { display: inline-block; width: 11px; height: 11px; margin-right: 4px; border-radius: 2px; vertical-align: -1px; }
        figure.chart { margin: 6px 0 18px; }
        figure.chart svg { display: block; width: 100%; height: auto; max-width: 900px; border: 1px solid var(--line); border-radius: 4px; }
        figure.chart.missing { outline: 3px solid var(--bad); }
        figcaption { color: var(--muted); font-size: 13px; margin-top: 4px; max-width: 900px; }
        .files { white-space: nowrap; }
        .muted { color: var(--muted); font-size: 13px; }
        footer { margin-top: 40px; color: var(--muted); font-size: 13px; border-top: 1px solid var(--line); padding-top: 8px; }
        @media print { nav.toc { display: none; } figure.chart { break-inside: avoid; } }

        """;
}
