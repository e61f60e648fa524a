"""Extraction scored against hand-made gold beyond the dev set.

- tests/gold_corpus: three of the bundled samples, in formats other than
  plain text too (a .docx table, a saved web page);
- tests/gold_blind*: sets of articles written by someone who had not seen
  the rules, each scored first as written, then used to find classes of
  misses; `FLOORS` keeps later rule changes from trading away what those
  classes won (one row per set, with its history).
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import NamedTuple

import pytest
from click.testing import CliRunner

from pipeline.cli import cli

ROOT = Path(__file__).resolve().parents[1]
SCORER = ROOT.parent / "shared" / "eval" / "score.py"

pytestmark = pytest.mark.skipif(
    not SCORER.exists(), reason="../shared/eval/score.py (the scorer) is not beside the repo"
)


def score(gold: Path, inputs: list[str], tmp_path: Path) -> dict:
    """Extract `inputs` (fast profile) and score them against `gold` with the shared scorer."""
    out = tmp_path / "out"
    result = CliRunner().invoke(cli, ["extract", *inputs, "--out", str(out), "--profile", "fast"])
    assert result.exit_code == 0, result.output
    summary = tmp_path / "summary.json"
    subprocess.run(
        [sys.executable, str(SCORER), str(gold), str(out), "--json", str(summary)], check=True, capture_output=True
    )
    return json.loads(summary.read_text())


def report_tables(gold: Path, tmp_path: Path) -> dict:
    """The report tables' scores (`report_facts.py`: awards, figures, all) of what `score` last
    extracted into tmp_path/out."""
    facts = tmp_path / "facts.json"
    subprocess.run(
        [
            sys.executable,
            str(SCORER.parent / "report_facts.py"),
            str(gold),
            str(tmp_path / "out"),
            "--json",
            str(facts),
        ],
        check=True,
        capture_output=True,
    )
    return json.loads(facts.read_text())


def test_corpus_gold_floor(tmp_path: Path) -> None:
    gold = ROOT / "tests" / "gold_corpus"
    inputs = [str(p) for p in sorted((ROOT / "corpus").iterdir()) if (gold / f"{p.stem}.json").exists()]
    assert len(inputs) >= 3
    scores = score(gold, inputs, tmp_path)
    assert scores["micro"]["f1"] >= 0.90
    for kind in ("units", "people", "figures", "awards"):
        assert scores[kind]["f1"] >= 0.85, (kind, scores[kind])


class Floor(NamedTuple):
    """What one blind set must keep scoring (fast profile): its folder under tests/, how many articles
    it holds, the micro-F1 floor, each record type's F1 floor, the report tables' floors
    (`report_facts.py`: awards, figures, all), and how the set got there."""

    folder: str
    articles: int
    micro: float
    types: dict[str, float]
    tables: dict[str, float]
    history: str


FLOORS = [
    Floor(
        "gold_blind",
        6,
        0.93,
        {"units": 0.97, "people": 0.97, "figures": 0.88, "awards": 0.88, "movements": 0.88, "events": 0.88},
        {},
        (
            "Six articles written by someone who had not seen the rules; first run micro 0.887. Units and people "
            "0.961 / 0.976 before names were read as grammatical units; 1.0 since."
        ),
    ),
    Floor(
        "gold_blind_en2",
        12,
        0.92,
        {"units": 0.85, "people": 0.85, "figures": 0.85, "awards": 0.85, "movements": 0.85, "events": 0.85},
        {"figures": 0.94, "all": 0.93},
        (
            "twelve articles in genres the dev set lacks, written blind. First run micro 0.792 (awards 0.457, units "
            "0.757); the first run after the rules were generalised from other texts: 0.919. Report tables "
            '(report_facts.py) figures 0.692, all 0.737 until assigners, sector bodies filed as "other", list '
            "headers, term totals and the coming year's targets were read: figures 0.945, all 0.933 (micro 0.924). "
            "The floors keep it there."
        ),
    ),
    Floor(
        "gold_blind_en3",
        10,
        0.94,
        {"units": 0.8, "people": 0.8, "figures": 0.8, "awards": 0.8, "movements": 0.8, "events": 0.8},
        {"all": 0.8},
        ("Written blind on 2026-11-30; first run micro 0.952, report tables 0.829."),
    ),
    Floor(
        "gold_blind_en4",
        6,
        0.98,
        {"units": 0.95, "people": 0.95, "figures": 0.95, "awards": 0.95, "movements": 0.95, "events": 0.95},
        {"awards": 0.9, "all": 0.95},
        (
            "six English articles in new genres (a cooperation signing, a wire report of quarterly figures, a "
            "bulleted list of recipients, a Q and A interview, a regional conference, a feature), written blind. "
            "First run micro 0.937, report tables 0.774 (awards 0.667); after the classes its misses showed "
            '(continued recipient lists, names beside counts, datelines, weekdays, sector-wide paragraphs, "its"): '
            "micro 0.990, report tables 0.970 (default profile); 0.984 and 0.955 here (the fast profile has no "
            "statistical model to read the Lao recipient's name as a person, so the awards table is 0.909). The "
            "floors keep it there."
        ),
    ),
    Floor(
        "gold_blind_en5",
        6,
        0.93,
        {"units": 0.84, "people": 0.84, "figures": 0.84, "awards": 0.84, "movements": 0.84, "events": 0.84},
        {"awards": 0.95, "figures": 0.94, "all": 0.95},
        (
            "six English articles in new genres (a decision's translation, a newsletter round-up, a profile, a press "
            "conference, a cluster's scoring, a reorganisation explainer), written blind. First run micro 0.868, "
            "report tables 0.532 (awards 0.333, figures 0.571); after the classes its misses showed "
            '(docs/blind-en5-classes.md: pronoun recipients, sub-list headings, round-up items, staff counts, "it" '
            'and "the province", bare regions): micro 0.935, report tables 0.915 (awards 1.000); after the carried '
            "state of the figure loop and the events' anaphors (docs/blind-en5-classes.md, second round): micro "
            "0.942, report tables 0.975 (figures 0.970), the same in the fast profile. The floors keep it there."
        ),
    ),
    Floor(
        "gold_blind_en6",
        6,
        0.95,
        {"units": 0.89, "people": 0.89, "figures": 0.89, "awards": 0.89, "movements": 0.89},
        {"awards": 0.97, "figures": 0.96, "all": 0.97},
        (
            "six English articles in new genres (a news-agency report, a resolution review with targets, council "
            "nominations, a merged office's year end, an international award, a news-in-brief page), written blind. "
            "First run micro 0.919, report tables 0.732 (figures 0.688); after the classes its misses showed "
            '(docs/blind-en6-classes.md: comparison and history dates, modal and "respectively" targets, '
            "news-in-brief items, former-province areas, international honours, counted objects, acting presenters): "
            "micro 0.972, report tables 0.993. The floors keep it there."
        ),
    ),
    Floor(
        "gold_blind_en7",
        6,
        0.95,
        {"units": 0.93, "people": 0.93, "figures": 0.93, "awards": 0.93, "movements": 0.93, "events": 0.93},
        {"awards": 0.97, "figures": 0.94, "all": 0.95},
        (
            "six English articles in new genres (a provincial-newspaper feature, a ministry's emulation conference, a "
            'cluster\'s chair handover, a retirement tribute with a "year: award" list, a fund control item, a '
            "translated plan with numbered sections), written blind. First run micro 0.869, report tables 0.642 "
            "(awards 0.552, figures 0.675); after the classes its misses showed (docs/blind-en7-classes.md: targets "
            'sections and plans, "year: award" lists, proposed-and-conferred, counts in words, early-year reviews, '
            "bylines, given-name forms, the office's own meeting): micro 0.976, report tables 0.976 (awards 1.000, "
            "figures 0.965). The floors keep it there."
        ),
    ),
    Floor(
        "gold_blind_en8",
        6,
        0.92,
        {"units": 0.88, "people": 0.88, "figures": 0.88, "awards": 0.82, "movements": 0.88},
        {"awards": 0.87, "figures": 0.95, "all": 0.93},
        (
            "six English articles in new genres (an individual achievement report, a Hero of Labour ceremony, a "
            "ten-year movement review with a table, a livestream dialogue, pension payment through post offices with "
            "per-district lines, a sector Party congress), written blind. First run micro 0.896, report tables 0.795 "
            "(awards 0.811, figures 0.791); after the classes its misses showed (docs/blind-en8-classes.md: elapsed "
            "months and plan years as dates, congress resolutions as targets, list-item rates, counted recipients, "
            "ages and form numbers left out, titles conferred on a person, reported and own awards, two people's "
            "titles, co-organisers and lists of post offices, livestream events, movement launchers): micro 0.942, "
            "report tables 0.953. The floors keep it there."
        ),
    ),
    Floor(
        "gold_blind_en9",
        6,
        0.95,
        {"units": 0.93, "people": 0.93, "figures": 0.93, "awards": 0.93, "movements": 0.93},
        {"awards": 0.93, "figures": 0.92, "all": 0.93},
        (
            "six English articles in new genres (unemployment-insurance support payments with per-province lines, "
            "staff appointments, a Health Insurance Day medal ceremony, a good deed, a student health insurance "
            "campaign in a merged city, a Ministry of Finance commendation), written blind. First run micro 0.910, "
            "report tables 0.686 (awards 0.966, figures 0.575; 0.745 / 0.658 on the gold as decided after it); after "
            "the classes its misses showed (docs/blind-en9-classes.md: people paid support, parts and wholes, shared "
            'nouns, bodies listed before "respectively", former areas without their office, goals\' years, "Last '
            'year", the recipient between verb and award, requests to award as proposals, appointments, titles before '
            "names, event purpose phrases, photo captions, headline roundings, list items of the same value): micro "
            "0.971, report tables 0.965. The floors keep it there."
        ),
    ),
    Floor(
        "gold_blind_vi",
        12,
        0.92,
        {"units": 0.85, "people": 0.85, "figures": 0.85, "awards": 0.95, "movements": 0.85, "events": 0.85},
        {},
        (
            "twelve Vietnamese press releases written blind. First run with the English rules micro 0.372; first run "
            "after the Vietnamese pack (written from other texts): 0.867; after grassroots offices took RECORDS.md's "
            "district form, 0.899; 0.938 (awards 0.724 -> 0.917) once givers named before the form set the award's "
            "level and several subject units each receive it. The floor keeps it there. Awards 0.926 -> 0.972 once an "
            "award told twice became one record and awards in a row shared their recipient."
        ),
    ),
    Floor(
        "gold_blind_vi2",
        12,
        0.95,
        {"units": 0.9, "people": 0.9, "figures": 0.9, "awards": 0.9, "movements": 0.9, "events": 0.9},
        {"all": 0.85},
        (
            "twelve more Vietnamese press releases written blind (retrospectives, six-month and quarterly results, "
            "several offices per article, award ceremonies told twice, unquoted movements). First run, before any "
            "rule was written from it: micro 0.862 (units 0.723, awards 0.652, movements 0.000), report tables 0.714. "
            "After the work it was scored for: micro 0.975, report tables 0.900. The floors keep it there."
        ),
    ),
    Floor(
        "gold_blind_vi3",
        10,
        0.92,
        {"units": 0.8, "people": 0.8, "figures": 0.8, "awards": 0.8, "movements": 0.8, "events": 0.8},
        {"all": 0.87},
        (
            "Written blind on 2026-11-30; first run micro 0.938, report tables 0.851; tables 0.891 once a line's "
            "label named its measure."
        ),
    ),
    Floor(
        "gold_blind_vi4",
        8,
        0.95,
        {"units": 0.9, "people": 0.9, "figures": 0.9, "awards": 0.9, "movements": 0.9, "events": 0.9},
        {"awards": 0.85, "all": 0.89},
        (
            "eight new genres (a decision's text, a report with numbered sections and a proposal list, a fan-page "
            "post, a profile, a signing with the Post Office, voting minutes, a youth union's sports day, a letter of "
            "praise), written blind. First run: micro 0.880, report tables 0.561 (awards 0.545: proposals counted as "
            "given). After report sections, partners' figures and awards in profiles were read "
            "(docs/vietnamese-report-genres.md): micro 0.973, tables 0.929 (awards 0.867). The floors keep it there."
        ),
    ),
    Floor(
        "gold_blind_vi5",
        8,
        0.95,
        {"units": 0.9, "people": 0.9, "figures": 0.9, "awards": 0.9, "movements": 0.85, "events": 0.85},
        {"awards": 0.95, "all": 0.92},
        (
            "eight more genres (a submission proposing awards, a cluster's scoring notice with an STT table, an "
            "anniversary article with the office's award history, a TV news transcript, a campaign month at "
            "grassroots offices, a speech launching the year's drive, a trade-union women's award, a People's Council "
            "summary), written blind. First run: micro 0.893, report tables 0.655 (awards 0.667). After the classes "
            "its misses showed (docs/vietnamese-blind-vi5-classes.md): micro 0.963, tables 0.939 (awards 1.000). The "
            "floors keep it there."
        ),
    ),
    Floor(
        "gold_blind_vi6",
        6,
        0.96,
        {"units": 0.93, "people": 0.93, "figures": 0.93, "awards": 0.93, "movements": 0.9, "events": 0.9},
        {"awards": 0.95, "all": 0.94},
        (
            "six more genres (a provincial council reviewing nominations, a party committee commending its members, "
            "the armed forces' social insurance year-end, collection agents' emulation at a grassroots office, a "
            "policy Q and A page, a merged office's year-end), written blind. First run: micro 0.881, report tables "
            "0.758; on main before its classes were fixed micro 0.893, tables 0.768. After the classes its misses "
            "showed (docs/vietnamese-blind-vi6-classes.md: the armed forces' office and its figures, party bodies, "
            "enterprises and other counted nouns among recipients, shared givers, revenue, votes and prize money, "
            "bylines, proper movement names, datelines): micro 0.974, tables 0.961 (awards 1.000). The floors keep it "
            "there."
        ),
    ),
    Floor(
        "gold_blind_vi7",
        6,
        0.93,
        {"units": 0.82, "people": 0.93, "figures": 0.93, "awards": 0.93, "movements": 0.93, "events": 0.93},
        {"awards": 0.95, "figures": 0.82, "all": 0.88},
        (
            "six more genres (a plan with next-year targets, a recognition decision with an annex table, a commune "
            "one-stop desk, a retirement tribute, health-insurance fund control, a cluster's handover), written "
            "blind. First run: micro 0.839, report tables 0.533. After the classes its misses showed "
            "(docs/vietnamese-blind-vi7-classes.md: a plan's target section, online shares of case files, a cluster's "
            "own totals, quarter dates, ethnic-minority names, signers and table rows, a tribute's award list, a "
            "decision's issuer, a service desk beside a person, commune committees and hospitals, an event held "
            "later, a movement's year): micro 0.949, tables 0.902 (awards 1.000, figures 0.846). The floors keep it "
            "there."
        ),
    ),
    Floor(
        "gold_blind_vi8",
        6,
        0.95,
        {"units": 0.93, "people": 0.88, "figures": 0.93, "awards": 0.93, "movements": 0.9, "events": 0.9},
        {"awards": 0.95, "figures": 0.95, "all": 0.95},
        (
            "six more genres (an individual's achievement report, a Labour Hero ceremony, a 10-year movement review, "
            "a grassroots office's vote minutes, a livestream Q and A, a Party congress), written blind. First run: "
            "micro 0.893, report tables 0.667 (awards 0.757, figures 0.638). After the classes its misses showed "
            "(docs/vietnamese-blind-vi8-classes.md: an official paper's header naming its issuing office, votes, "
            "spans of years and clause dates, party counts, an achievement report's own awards, district lists, party "
            'bodies of People\'s Committees, livestream events, two-day events, minutes dated "today"): micro 0.975, '
            "report tables 1.000. The floors keep it there."
        ),
    ),
    Floor(
        "gold_blind_vi9",
        6,
        0.96,
        {"units": 0.92, "people": 0.95, "figures": 0.95, "awards": 0.95, "movements": 0.9, "events": 0.9},
        {"awards": 0.95, "figures": 0.95, "all": 0.95},
        (
            "six more genres (COVID support from the UI fund, appointments, a good deed, the HI Day medals, a student "
            "HI drive, the Ministry of Finance commending VSS), written blind. First run: micro 0.929, report tables "
            "0.759 (awards 0.714, figures 0.784). After the classes its misses showed "
            "(docs/vietnamese-blind-vi9-classes.md: counted institutions, a headline total over named flags, a "
            "province's department named alone, district medical centres, pupils by a noun list and rates by part of "
            "the group, shares the counted have, labour-force rates, reached-now figures, per-head amounts, "
            "provincial scope beside VSS posts, a post as presenter, the authority acted for, appointments, "
            "lower-case event names): micro 0.982, report tables 1.000. The floors keep it there."
        ),
    ),
    Floor(
        "gold_blind_en10",
        6,
        0.97,
        {"units": 0.95, "people": 0.95, "figures": 0.95, "awards": 0.93, "movements": 0.95, "events": 0.95},
        {"awards": 0.97, "figures": 0.97, "all": 0.97},
        (
            "six English articles in new genres (a sector's ten outstanding events, a hospital contract, a law "
            "contest's prizes, inspection results, a VssID milestone with an outside award, a regional bulletin), "
            "written blind. First run micro 0.892, report tables 0.735 (events 1 of 7). After the classes its misses "
            "showed (docs/blind-en10-events-classes.md, docs/blind-en10-figures-awards-classes.md: events set by "
            "their clause outside the lead, bylines, companies, divisions of a region; late payment against the plan, "
            "arrears recovered, enterprises counted, a speaker's now, partners and sources, graded prizes, the "
            "giver's own clause, a presenter in the next sentence): micro 0.988, report tables 1.000. The floors "
            "keep it there."
        ),
    ),
    Floor(
        "gold_blind_vi10",
        6,
        0.96,
        {"units": 0.95, "people": 0.95, "figures": 0.94, "awards": 0.95, "movements": 0.95, "events": 0.95},
        {"awards": 0.95, "figures": 0.92, "all": 0.93},
        (
            "six Vietnamese articles in new genres (ten outstanding events, hospital contracts, a law contest, a "
            "regional bulletin, inspection results, social-insurance books for the poor), written blind. First run "
            "micro 0.881, report tables 0.815. After the classes its misses showed "
            "(docs/blind-vi10-units-people-events-classes.md, docs/blind-vi10-figures-awards-classes.md: bodies "
            "outside VSS, companies by legal form and trade, photo credits, events named where someone speaks; "
            "recovered arrears, counts that are not the office's, gift totals, months counted, numbered lists' "
            "dates, passive awards' subjects, counted prizes, signers who are no presenters): micro 0.985, report "
            "tables 0.960. The floors keep it there."
        ),
    ),
    Floor(
        "gold_blind_en11",
        6,
        0.94,
        {"units": 0.95, "people": 0.95, "figures": 0.91, "awards": 0.88, "movements": 0.95, "events": 0.95},
        {"awards": 0.84, "figures": 0.95, "all": 0.91},
        (
            "six English articles in new genres (a cluster's emulation covenant, a Labour Federation's creative "
            "worker awards, a tellers' contest, flood relief, press awards, an online mid-year conference), written "
            "blind. First run micro 0.866, report tables 0.678. After the classes its misses showed "
            "(docs/blind-en11-events-classes.md, docs/blind-en11-figures-awards-classes.md: province names by the "
            "article's date, plural office references, lists sharing one head, news outlets, a name's own body; "
            "pledges as targets, changes of participants, a count's own scheme, named people after a count, a "
            "proposal's own clause, prizes to people and teams): micro 0.965, report tables 0.934 (fast profile "
            "0.953 / 0.934). The floors keep it there."
        ),
    ),
    Floor(
        "gold_blind_vi11",
        6,
        0.93,
        {"units": 0.93, "people": 0.97, "figures": 0.94, "awards": 0.82, "movements": 0.95, "events": 0.95},
        {"awards": 0.80, "figures": 0.91, "all": 0.86},
        (
            "six Vietnamese articles in new genres (an emulation covenant, Labour Federation titles, a tellers' "
            "contest, flood relief, data cleaning with the police, press awards), written blind. First run micro "
            "0.827, report tables 0.641. After the classes its misses showed "
            "(docs/blind-vi11-units-people-events-classes.md, docs/blind-vi11-figures-awards-classes.md: bodies "
            "outside VSS, contestants with their office in brackets, contest finals; pledge items as targets, "
            "counts inside award sentences, two givers in a sentence, proposals naming officers by rank): micro "
            "0.942, report tables 0.883. The floors keep it there."
        ),
    ),
    Floor(
        "gold_blind_en12",
        6,
        0.94,
        {"units": 0.95, "people": 0.95, "figures": 0.88, "awards": 0.93, "movements": 0.95, "events": 0.95},
        {"awards": 0.91, "figures": 0.86, "all": 0.89},
        (
            "six English articles in new genres (a 100-day peak push, pensions paid before Tet, solidarity "
            "houses, a youth blood-donation drive, a health-insurance anti-fraud conference, insurance for "
            "fishermen), written blind. First run micro 0.849, report tables 0.730. After the classes its misses "
            "showed (docs/blind-en12-events-classes.md, docs/blind-en12-figures-awards-classes.md: events that "
            "are not conferences, mass organisations, lists sharing a grassroots head, places in a list, lunar "
            "years; trades joining a scheme, coverage of a group, a second counted group, the office a proposal "
            "is sent to): micro 0.961, report tables 0.911. The floors keep it there."
        ),
    ),
    Floor(
        "gold_blind_vi12",
        6,
        0.93,
        {"units": 0.95, "people": 0.97, "figures": 0.91, "awards": 0.88, "movements": 0.95, "events": 0.95},
        {"awards": 0.97, "figures": 0.88, "all": 0.92},
        (
            "six Vietnamese articles in new genres (a 100-day peak drive, pensions before Tet, solidarity "
            "houses, a blood-donation day, an anti-fraud conference, insurance for fishermen), written blind. "
            "First run micro 0.827, report tables 0.824. After the classes its misses showed "
            "(docs/blind-vi12-units-people-events-classes.md, docs/blind-vi12-figures-awards-classes.md: the city "
            "written with its level word, bodies outside VSS, a role word before a name, festival days; plain "
            "count nouns, trades as persons, recipients introduced as a counted group): micro 0.958, report "
            "tables 0.944. The floors keep it there."
        ),
    ),
    Floor(
        "gold_blind_en13",
        6,
        0.94,
        {"units": 0.97, "people": 0.97, "figures": 0.92, "awards": 0.89, "movements": 0.83, "events": 0.97},
        {"awards": 0.92, "figures": 0.87, "all": 0.89},
        (
            "six English articles in new genres (year-end title voting, a satisfaction index, a women's committee, "
            "a cluster's sports festival, an enterprise dialogue, a saved web page of a Tet gift visit), written "
            "blind. First run micro 0.824, report tables 0.747. After the classes its misses showed "
            "(docs/blind-en13-events-classes.md, docs/blind-en13-figures-awards-classes.md: councils and trade "
            "unions named after their office, venues as places, festivals and gift visits as events; dossiers as "
            "documents, athletes as persons, counted groups with named members, prizes in brackets): micro 0.962, "
            "report tables 0.920. The floors keep it there."
        ),
    ),
    Floor(
        "gold_blind_vi13",
        6,
        0.95,
        {"units": 0.90, "people": 0.97, "figures": 0.95, "awards": 0.96, "movements": 0.97, "events": 0.97},
        {"awards": 0.97, "figures": 0.90, "all": 0.94},
        (
            "six Vietnamese articles in the same kinds (year-end title voting, 'Dân vận khéo' models, the women's "
            "committee, a sports and arts festival, an enterprise dialogue, a saved page on sickness and maternity "
            "payouts), written blind. First run micro 0.842, report tables 0.839. After the classes "
            "(docs/blind-vi13-units-people-events-classes.md, docs/blind-vi13-figures-awards-classes.md: party "
            "commissions and union committees as bodies, Highlands names, athletes in brackets; prize holders, "
            "overall team places, counted departments, models and questions as counts): micro 0.975, report "
            "tables 0.968. The floors keep it there."
        ),
    ),
    Floor(
        "gold_blind_en14",
        6,
        0.91,
        {"units": 0.85, "people": 0.95, "figures": 0.92, "awards": 0.81, "movements": 0.97, "events": 0.88},
        {"awards": 0.77, "figures": 0.85, "all": 0.83},
        (
            "six English articles in new genres (health-insurance appraisal, Workers' Month at an industrial park, "
            "an ILO pension workshop, a People's Council question session, a region's emulation launch, "
            "unemployment-insurance payouts), written blind after the thirteenth sets' rules were written but "
            "before they landed. First run micro 0.857, report tables 0.640; with the thirteenth sets' rules "
            "0.867 / 0.700 (four plan-completion kinds corrected in the gold). After its own classes "
            "(docs/blind-en14-all-classes.md: case files as documents, ages naming a group, enterprises that owe, "
            "headline figures the body restates, campaign months as movements): micro 0.941, tables 0.848 "
            "(fast profile 0.934 / 0.857). The floors keep it there."
        ),
    ),
    Floor(
        "gold_blind_vi14",
        6,
        0.93,
        {"units": 0.94, "people": 0.97, "figures": 0.90, "awards": 0.95, "movements": 0.97, "events": 0.97},
        {"awards": 0.97, "figures": 0.80, "all": 0.86},
        (
            "six Vietnamese articles in new genres (health-insurance appraisal, Workers' Month, a People's "
            "Council question session, the Ho Chi Minh study movement, unemployment-insurance payouts, collection "
            "agents), written blind like en14. First run micro 0.835, report tables 0.780; with the thirteenth "
            "sets' rules 0.850 / 0.780 (gold with RECORDS.md's grassroots-office alias). After its own classes "
            "(docs/blind-vi14-all-classes.md: provincial departments with a bracketed abbreviation, employment "
            "centres, company trade unions, named collectives plus a count, person-times as persons): micro "
            "0.961, report tables 0.887. The floors keep it there."
        ),
    ),
    Floor(
        "gold_blind_en15",
        6,
        0.94,
        {"units": 0.96, "people": 0.95, "figures": 0.92, "awards": 0.97, "movements": 0.97, "events": 0.97},
        {"awards": 0.97, "figures": 0.82, "all": 0.86},
        (
            "six English articles in new genres (a provincial office's Party congress, the sector's 30th "
            "anniversary, a youth union's summer volunteer campaign, a coordination regulation with the Farmers' "
            "Union, a news round-up of four provinces, a conference against one-time withdrawals), written blind. "
            "First run micro 0.894, report tables 0.763. After its own classes (docs/blind-en15-all-classes.md: "
            "Party cells and branches counted, a part of counted recipients, telephone numbers and age ranges, "
            "coverage after its scheme, an office's body after its owner): micro 0.969, tables 0.881 (fast "
            "profile 0.965 / 0.881). The floors keep it there."
        ),
    ),
    Floor(
        "gold_blind_vi15",
        6,
        0.96,
        {"units": 0.96, "people": 0.97, "figures": 0.97, "awards": 0.93, "movements": 0.91, "events": 0.88},
        {"awards": 0.88, "figures": 0.85, "all": 0.86},
        (
            "six Vietnamese articles in the same new genres as en15, written blind. First run micro 0.884, report "
            "tables 0.684. After its own classes (docs/blind-vi15-all-classes.md: mass organisations of a "
            "province, the labour federation, counted association branches and collaborators, one-time "
            "withdrawals, a bulletin item's own office; RECORDS.md's grassroots-office alias on three awards): "
            "micro 0.980, tables 0.883. The floors keep it there."
        ),
    ),
    Floor(
        "gold_blind_en16",
        6,
        0.95,
        {"units": 0.92, "people": 0.96, "figures": 0.96, "awards": 0.95, "movements": 0.97, "events": 0.88},
        {"awards": 0.94, "figures": 0.79, "all": 0.83},
        (
            "six English articles in new genres (a good-people-good-deeds conference, an inspection of emulation "
            "work, an office inauguration, a veterans' association congress, a nine-month press briefing, a "
            "profile of one officer), written blind. First run micro 0.908, report tables 0.571. After its own "
            "classes (docs/blind-en16-all-classes.md: comparison bases that date no figure, a quarter's target, "
            "employers as organisations, visitors as people, a profiled person's awards): micro 0.978, tables "
            "0.850 (fast profile 0.975 / 0.850). The floors keep it there."
        ),
    ),
    Floor(
        "gold_blind_vi16",
        6,
        0.94,
        {"units": 0.89, "people": 0.97, "figures": 0.94, "awards": 0.95, "movements": 0.97, "events": 0.97},
        {"awards": 0.97, "figures": 0.85, "all": 0.88},
        (
            "six Vietnamese articles in the same new genres as en16, written blind. First run micro 0.894, report "
            "tables 0.849. After its own classes (docs/blind-vi16-all-classes.md: press conferences and "
            "inspection visits as events, veterans' associations, an office's old or new name in brackets, "
            "reporters counted, 'được X tặng danh hiệu'; one alias edit): micro 0.965, tables 0.905. The floors "
            "keep it there."
        ),
    ),
    Floor(
        "gold_blind_en17",
        6,
        0.91,
        {"units": 0.89, "people": 0.95, "figures": 0.89, "awards": 0.97, "movements": 0.86, "events": 0.88},
        {"awards": 0.95, "figures": 0.84, "all": 0.88},
        (
            "six English articles in new genres (a five-year review, twinning with a border guard station, staff "
            "donations to a charity fund, HI cards bought by the province, occupational accident insurance, the "
            "2024 SI law for household businesses), written blind. First run micro 0.872, report tables 0.737; "
            "with the fifteenth and sixteenth sets' rules 0.875 / 0.748. After its own classes "
            "(docs/blind-en17-all-classes.md: 'the office' as an award's subject or object, business owners as "
            "people, issued cards as people insured, listed places after a district): micro 0.940, tables 0.909 "
            "(fast profile 0.937 / 0.909). The floors keep it there."
        ),
    ),
    Floor(
        "gold_blind_vi17",
        6,
        0.94,
        {"units": 0.93, "people": 0.97, "figures": 0.94, "awards": 0.97, "movements": 0.97, "events": 0.88},
        {"awards": 0.97, "figures": 0.70, "all": 0.79},
        (
            "six Vietnamese articles in the same new genres as en17, written blind. First run micro 0.879, report "
            "tables 0.699; with the fifteenth and sixteenth sets' rules 0.885 / 0.718. After its own classes "
            "(docs/blind-vi17-all-classes.md: prizes counted before their name, household-business owners, "
            "border-guard and military commands, 'chỉ tiêu phát triển thêm' as a target; one figure's unit "
            "corrected in the gold): micro 0.969, tables 0.815. The floors keep it there."
        ),
    ),
    Floor(
        "gold_blind_en18",
        6,
        0.90,
        {"units": 0.92, "people": 0.92, "figures": 0.88, "awards": 0.87, "movements": 0.98, "events": 0.98},
        {"awards": 0.89, "figures": 0.90, "all": 0.90},
        (
            "six English articles in new genres (the July 2025 merger of two provincial offices, a civil-service "
            "culture contest, a seminar on the social pension at 75, commemorative medals to retired leaders, a "
            "grassroots office's quarterly report to its commune, a Lao Social Security delegation), written "
            "blind at the end of a session and first run on its final rules: micro 0.818, report tables 0.829. "
            "One class fixed at once (a speaker's 'recalled that X was awarded': X receives): 0.838 / 0.862. Then "
            "its classes (docs/blind-en18-all-classes.md: foreign social security bodies and ministries, 'X SS' "
            "as the province's office, age brackets no figures, partitive counts, contest prizes, a reported "
            "clause's own verb): 0.922 / 0.922; with the later sets' rules, fast profile 0.922 / 0.922."
        ),
    ),
    Floor(
        "gold_blind_vi18",
        6,
        0.95,
        {"units": 0.89, "people": 0.98, "figures": 0.98, "awards": 0.88, "movements": 0.98, "events": 0.98},
        {"awards": 0.91, "figures": 0.93, "all": 0.92},
        (
            "six Vietnamese articles in the same new genres as en18, written blind and first run on the same "
            "final rules: micro 0.937, report tables 0.892. Its classes (docs/blind-vi18-all-classes.md: "
            "north-western family names, contest teams and each prize to its named winner, targets from a plan's "
            "tasks, foreign names and counterpart bodies abroad, a visiting delegation no organiser; RECORDS.md's "
            "grassroots alias added to two prizes in the gold): 0.972 / 0.947; with the later sets' rules, fast "
            "profile 0.972 / 0.947."
        ),
    ),
    Floor(
        "gold_blind_en19",
        6,
        0.94,
        {"units": 0.95, "people": 0.93, "figures": 0.95, "awards": 0.91, "movements": 0.98, "events": 0.98},
        {"awards": 0.87, "figures": 0.88, "all": 0.88},
        (
            "six English articles in new genres (honouring exemplary employers, War Invalids and Martyrs' Day, an "
            "initiative council, a bilateral emulation pact, new-style rural areas, a green-clean-beautiful "
            "office drive), written blind: first run micro 0.872, report tables 0.752; with en18's rules 0.876 / "
            "0.821. Its classes (docs/blind-en19-all-classes.md: counts of organisations as figures, a 'while Y' "
            "clause's figures Y's, 'comprising' breakdowns no awards, consecutive years and ages no figures, pact "
            "signings and incense offerings as events): 0.971 / 0.903; fast profile 0.968 / 0.903."
        ),
    ),
    Floor(
        "gold_blind_vi19",
        6,
        0.94,
        {"units": 0.88, "people": 0.98, "figures": 0.96, "awards": 0.93, "movements": 0.98, "events": 0.98},
        {"awards": 0.98, "figures": 0.91, "all": 0.93},
        (
            "six Vietnamese articles in the same new genres as en19, written blind: first run micro 0.884, report "
            "tables 0.887. Its classes (docs/blind-vi19-all-classes.md: communes reaching a standard counted, "
            "'Công ty CP' as JSC, initiative councils and the target-programmes steering committee, a group's "
            "threshold and the parts of an award's counted recipients no figures, gift visits as events): 0.969 / "
            "0.953; fast profile 0.969 / 0.953."
        ),
    ),
    Floor(
        "gold_blind_en20",
        6,
        0.95,
        {"units": 0.98, "people": 0.98, "figures": 0.93, "awards": 0.96, "movements": 0.98, "events": 0.98},
        {"awards": 0.98, "figures": 0.75, "all": 0.85},
        (
            "six English articles in new genres (a trade union congress, early retirement under Decree 178, the "
            "national security movement, cashless pension payment, provincial support for voluntary SI, a science "
            "council), written blind: first run micro 0.896, report tables 0.775; with en18's and en19's rules "
            "0.936 / 0.775. Its classes (docs/blind-en20-all-classes.md: a count that is part of a group takes "
            "the award, an award in a relative clause, a union named in lower case, case files counted in digits "
            "as documents, 'This is N points higher'): 0.978 / 0.878; fast profile 0.978 / 0.878."
        ),
    ),
    Floor(
        "gold_blind_vi20",
        6,
        0.93,
        {"units": 0.86, "people": 0.98, "figures": 0.94, "awards": 0.90, "movements": 0.98, "events": 0.98},
        {"awards": 0.84, "figures": 0.64, "all": 0.71},
        (
            "six Vietnamese articles in the same new genres as en20, written blind: first run micro 0.864, report "
            "tables 0.727. Its classes (docs/blind-vi20-all-classes.md: research topics and houses counted, "
            "journalists and scientists as persons, topic leaders as recipients, 'cho 2 cá nhân là ông A và bà B' "
            "one record each, city bodies named by the city; RECORDS.md's grassroots alias added to one unit in "
            "the gold): 0.950 / 0.736; fast profile 0.950 / 0.736."
        ),
    ),
    Floor(
        "gold_blind_en21",
        6,
        0.93,
        {"units": 0.96, "people": 0.96, "figures": 0.94, "awards": 0.86, "movements": 0.98, "events": 0.78},
        {"awards": 0.80, "figures": 0.62, "all": 0.67},
        (
            "six English articles in new genres (a public employees' conference, Elderly Day, thrift and "
            "anti-waste, a Party Secretary's working visit, the review of Resolution 28, a commune communication "
            "day), written blind at the end of a session and first run on its final rules: micro 0.913, report "
            "tables 0.681. Its classes (docs/blind-en21-all-classes.md: clubs as organisations, a party committee "
            "named inside another body's name, 'the office's Trade Union', an award to the office's division, "
            "ages turned, a provincial city's own office, a day before its month): 0.958 / 0.691; fast profile "
            "0.955 / 0.691."
        ),
    ),
    Floor(
        "gold_blind_vi21",
        6,
        0.94,
        {"units": 0.91, "people": 0.98, "figures": 0.97, "awards": 0.93, "movements": 0.98, "events": 0.74},
        {"awards": 0.98, "figures": 0.87, "all": 0.90},
        (
            "six Vietnamese articles in the same new genres as en21, written blind and first run on the same "
            "final rules: micro 0.907, report tables 0.860. Its classes (docs/blind-vi21-all-classes.md: "
            "pensioners' clubs and associations of the elderly, an award pointed back to with 'nói trên', a prize "
            "to a team named by its place, a unit an emulation cluster votes up, counted things in a thrift "
            "review): 0.966 / 0.923; fast profile 0.966 / 0.923."
        ),
    ),
    Floor(
        "gold_blind_en22",
        6,
        0.93,
        {"units": 0.93, "people": 0.96, "figures": 0.95, "awards": 0.83, "movements": 0.98, "events": 0.98},
        {"awards": 0.98, "figures": 0.91, "all": 0.93},
        (
            "six English articles in new genres (a National Assembly delegation's supervision visit, coordination "
            "with the Police and Procuracy on late payment offences, data exchange with the Tax Department, a "
            "seminar with the Cooperative Alliance, Doctors' Day hospital visits, a Party badge ceremony), "
            "written blind and first run on main 147df10: micro 0.910, report tables 0.846. Its classes "
            "(docs/blind-en22-all-classes.md: alliance, procuracy and delegation as organisations, the last head "
            "noun giving the kind, lists of law articles and days not figures, defendants as persons, a count's "
            "change, Party badges as awards): 0.957 / 0.951; fast profile 0.957 / 0.951."
        ),
    ),
    Floor(
        "gold_blind_vi22",
        6,
        0.89,
        {"units": 0.81, "people": 0.98, "figures": 0.90, "awards": 0.85, "movements": 0.98, "events": 0.88},
        {"awards": 0.78, "figures": 0.85, "all": 0.83},
        (
            "six Vietnamese articles in the same new genres as en22, written blind and first run on main 147df10: "
            "micro 0.813, report tables 0.723. Its classes (docs/blind-vi22-all-classes.md: a province's "
            "procuracy, its National Assembly deputies' delegation and cooperative alliance, a pre-2025 city's "
            "own office, a grassroots office's party cell, Party badges as awards, a headline count that totals "
            "the counted groups, a from-to pair dated by what follows each value; RECORDS.md's grassroots alias "
            "added to four units in the gold): 0.911 / 0.854; fast profile 0.911 / 0.854."
        ),
    ),
]


@pytest.mark.parametrize("floor", FLOORS, ids=lambda floor: floor.folder)
def test_blind_set_floor(tmp_path: Path, floor: Floor) -> None:
    """Each set written blind keeps what the classes its misses showed won (`Floor.history`): a later
    rule that trades any of it away fails here."""
    gold = ROOT / "tests" / floor.folder
    inputs = [str(p) for p in sorted(gold.glob("*.txt"))]
    assert len(inputs) == floor.articles
    scores = score(gold, inputs, tmp_path)
    assert scores["micro"]["f1"] >= floor.micro, scores["micro"]
    for kind, least in floor.types.items():
        assert scores[kind]["f1"] >= least, (kind, scores[kind])
    if floor.tables:
        tables = report_tables(gold, tmp_path)
        for table, least in floor.tables.items():
            assert tables[table]["f1"] >= least, (table, tables[table])
