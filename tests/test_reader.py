"""Reading article files: formats, dates, titles, encodings and the files that cannot be read."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from gossip_timeline.core.reader import (MAX_FILE_BYTES, ReadError, content_hash,
                                         read_article)

SEEDS = Path(__file__).resolve().parents[1] / "seeds"

BODY = ("Juniper Ashgrove and Rafael Okonkwo-Brandt were spotted sharing a late dinner "
        "in Santa Monica on Friday night, laughing over dessert for nearly two hours. "
        "The pair met on the set of a streaming comedy in 2020 and have kept their "
        "romance quiet ever since, according to a friend of the couple.")


def write(tmp_path: Path, name: str, content: str | bytes) -> Path:
    path = tmp_path / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8", newline="")
    return path


# -- seed format -------------------------------------------------------------

def test_seed_header_gives_date_and_is_not_part_of_the_text(tmp_path):
    path = write(tmp_path, "a.txt", " date 2023-12-20 " + BODY)
    article = read_article(path)
    assert article.format == "seed"
    assert article.published == dt.date(2023, 12, 20)
    assert article.text == BODY
    assert "date 2023" not in article.text
    assert article.source == str(path)
    assert article.content_hash == content_hash(BODY)


def test_seed_header_after_a_byte_order_mark(tmp_path):
    path = write(tmp_path, "a.txt", "\ufeff date 2019-02-28 " + BODY)
    article = read_article(path)
    assert article.format == "seed"
    assert article.published == dt.date(2019, 2, 28)
    assert article.text == BODY


# -- plain text ----------------------------------------------------------------

@pytest.mark.parametrize("byline, expected", [
    ("Published March 3, 2021", dt.date(2021, 3, 3)),
    ("Posted on Sept. 14, 2019", dt.date(2019, 9, 14)),
    ("Updated: Dec 1, 2022", dt.date(2022, 12, 1)),
    ("Published 2020-07-09", dt.date(2020, 7, 9)),
    ("Last updated: 11/08/2023", dt.date(2023, 11, 8)),  # month first …
    ("Posted 23/08/2023", dt.date(2023, 8, 23)),  # … unless the first number is no month
    ("Monday, 13 March 2023 \u2013 6:45am", dt.date(2023, 3, 13)),
    ("LOS ANGELES (March 11, 2022) \u2014 The joke is over for the pair.", dt.date(2022, 3, 11)),
    ("By Margit Halloran\n24 June 2024 \u00b7 6 min read", dt.date(2024, 6, 24)),
])
def test_plain_text_byline_gives_date_and_first_line_the_title(tmp_path, byline, expected):
    text = f"Ashgrove and Okonkwo-Brandt Go Public\n{byline}\n\n{BODY}\n"
    article = read_article(write(tmp_path, "story.txt", text))
    assert article.format == "text"
    assert article.published == expected
    assert article.title == "Ashgrove and Okonkwo-Brandt Go Public"
    assert BODY in article.text


def test_a_posted_stamp_at_the_foot_dates_an_article_with_none_at_the_top(tmp_path):
    body = f"Feud at the Funeral\n\n{BODY}\n\n---\nPosted Thursday, April 7, 2016 at 11:40 AM ET | By Buzz Staff\n"
    article = read_article(write(tmp_path, "story.txt", body))
    assert article.published == dt.date(2016, 4, 7)


@pytest.mark.parametrize("top, expected_title", [
    ("Feud at the Funeral\nBy Rebecca Linwood | Published March 3, 2021", "Feud at the Funeral"),
    ("Feud at the Funeral\nBy Rebecca Linwood \u00b7 Posted on March 3, 2021", "Feud at the Funeral"),
    ("Published March 3, 2021", None),  # a byline on the first line is not a headline
    ("*Published March 3, 2021 \u00b7 By Staff*", None),
    ("Feud at the Funeral\nBy Rebecca Linwood, March 3, 2021", "Feud at the Funeral"),
    ("Feud at the Funeral\n\nBy Rebecca Linwood | Wednesday, March 3, 2021", "Feud at the Funeral"),
    ("Feud at the Funeral\n*March 3, 2021*", "Feud at the Funeral"),
    ("Feud at the Funeral\n\nMar. 3, 2021", "Feud at the Funeral"),
    ("Feud at the Funeral\n\nMar. 3, 2021, 4:12 p.m. ET", "Feud at the Funeral"),
    ("Feud at the Funeral\n\n_Gossip Grid · Celebrity · March 3, 2021 · 4 min read_", "Feud at the Funeral"),
    ("Feud at the Funeral\n\nGossip Wire | Wednesday, March 3, 2021, 4:12 p.m. PT", "Feud at the Funeral"),
    ("Feud at the Funeral\n\nBy Hannah Kowalski, Reporter\nUpdated 3:15 p.m. EDT, March 3, 2021", "Feud at the Funeral"),
    ("Feud at the Funeral\n\nBy Grace Holloway\nPublished 19:41 GMT, 3 March 2021", "Feud at the Funeral"),
    ("Feud at the Funeral\nBy Tomasz Wierzbicki · Wednesday 3 March 2021 · Obituaries", "Feud at the Funeral"),
    ("Feud at the Funeral\n\nNASHVILLE, March 3, 2021 — The truce is over.", "Feud at the Funeral"),
    ("Feud at the Funeral\n\nFRANKLIN, Tenn., 3 March 2021 - The truce is over.", "Feud at the Funeral"),
    ("Feud at the Funeral\nBy Aoife Brennan, Entertainment Editor\nSYDNEY, Wednesday 3 March 2021", "Feud at the Funeral"),
    ("Feud at the Funeral\n\nLAS VEGAS, Mar. 3, 2021 (Glitter Wire) — The truce is over.", "Feud at the Funeral"),
    ("Feud at the Funeral\n\nLAS VEGAS — Wednesday, March 3, 2021", "Feud at the Funeral"),
    ("Gossip Wire | Wed, 03 Mar 2021 | 18:40 IST\nFeud at the Funeral", None),
    ("Feud at the Funeral\nPosted by Gemma Trowbridge on 3 March 2021 at 09:14", "Feud at the Funeral"),
])
def test_byline_forms(tmp_path, top, expected_title):
    article = read_article(write(tmp_path, "story.txt", f"{top}\n\n{BODY}\n"))
    assert article.published == dt.date(2021, 3, 3)
    assert article.title == expected_title


@pytest.mark.parametrize("sentence", [
    "Her profile was last updated on March 3, 2021, fans noticed.",
    "She posted on March 3, 2021 a photo of the ring.",
    "The release date: March 3, 2021 came and went.",
    "The memoir she published March 3, 2021 sold out.",
    "By March 3, 2021 the pair had split.",
    "March 3, 2021 was the day it ended.",
    "They moved to Nashville, March 3, 2021 - the day after the wedding.",
    "He was born 11/08/1990 in Rome.",
])
def test_dates_in_sentences_are_not_bylines(tmp_path, sentence):
    article = read_article(write(tmp_path, "story.txt", f"Headline\n\n{sentence} {BODY}\n"))
    assert article.published is None


def test_plain_text_without_byline_has_no_date(tmp_path):
    article = read_article(write(tmp_path, "story.txt", "Dinner for Two\n\n" + BODY))
    assert article.published is None
    assert article.title == "Dinner for Two"
    assert article.format == "text"


def test_plain_text_whose_first_line_is_a_sentence_has_no_title(tmp_path):
    article = read_article(write(tmp_path, "story.txt", BODY + "\n\nMore to come."))
    assert article.title is None


def test_impossible_byline_date_is_ignored(tmp_path):
    article = read_article(write(tmp_path, "story.txt", "Headline\nPublished February 30, 2021\n\n" + BODY))
    assert article.published is None


def test_windows_line_endings_become_newlines(tmp_path):
    article = read_article(write(tmp_path, "story.txt", ("Headline\r\n\r\n" + BODY + "\r\n").encode()))
    assert "\r" not in article.text
    assert article.title == "Headline"


# -- HTML ----------------------------------------------------------------------

PARAGRAPHS = [
    "Juniper Ashgrove is engaged! The Riverbend actress, 31, said yes to chef Rafael "
    "Okonkwo-Brandt during a weekend trip to Lake Tahoe, her rep confirmed on Monday.",
    "The couple met in 2020 on the set of a streaming comedy and went public with "
    "their romance last spring at a gallery opening in San Francisco.",
    "Friends say the pair are already planning a small ceremony in Napa Valley next "
    "summer, with only their closest family members in attendance.",
]
NAV = "Subscribe to our newsletter today"
FOOTER = "Copyright Velvet Rope Media Group, all rights reserved"


def page(head: str = "", article_head: str = "<h1>Ashgrove Says Yes</h1>",
         paragraphs: list[str] = PARAGRAPHS) -> str:
    body = "".join(f"<p>{p}</p>\n" for p in paragraphs)
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8">{head}</head>
<body>
<header><nav><ul><li><a href="/">Home</a></li><li><a href="/news">{NAV}</a></li></ul></nav></header>
<main><article>
{article_head}
{body}
</article></main>
<footer><p>{FOOTER}</p><p><a href="/privacy">Privacy policy</a></p></footer>
</body></html>"""


def test_html_article_text_without_navigation_or_footer(tmp_path):
    article = read_article(write(tmp_path, "page.html", page()))
    assert article.format == "html"
    for paragraph in PARAGRAPHS:
        assert paragraph in article.text
    assert NAV not in article.text
    assert FOOTER not in article.text
    assert "<p>" not in article.text


@pytest.mark.parametrize("head, article_head, expected", [
    ('<title>Site title | Velvet Rope</title><meta property="og:title" content="The OG Title">',
     "<h1>The H1 Title</h1>", "The OG Title"),
    ("<title>Site title | Velvet Rope</title>", "<h1>The H1 Title</h1>", "The H1 Title"),
    ("<title>Only The Title Tag</title>", "", "Only The Title Tag"),
])
def test_html_title(tmp_path, head, article_head, expected):
    article = read_article(write(tmp_path, "page.html", page(head, article_head)))
    assert article.title == expected


@pytest.mark.parametrize("head, article_head, expected", [
    ('<meta property="article:published_time" content="2022-06-20T09:30:00-07:00">',
     "<h1>Headline</h1>", dt.date(2022, 6, 20)),
    ("", '<h1>Headline</h1><time datetime="2021-11-05T08:00:00Z">November 5</time>',
     dt.date(2021, 11, 5)),
    ('<meta property="article:published_time" content="2020-01-02">',
     '<h1>Headline</h1><time datetime="2019-05-06">May 6</time>', dt.date(2020, 1, 2)),
    ('<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2024-06-04T14:05:00Z"}</script>',
     "<h1>Headline</h1>", dt.date(2024, 6, 4)),
    ('<meta itemprop="datePublished" content="2018-03-08">', "<h1>Headline</h1>", dt.date(2018, 3, 8)),
    ("", "<h1>Headline</h1>", None),
])
def test_html_published_date(tmp_path, head, article_head, expected):
    article = read_article(write(tmp_path, "page.html", page(head, article_head)))
    assert article.published == expected


def test_html_byline_the_extractor_leaves_out_still_dates_the_page(tmp_path):
    header = ('<header><p class="kicker">Berlinale</p><h1>Headline</h1>'
              '<p class="meta">By Jonas Eckhardt-Mbeki &bull; BERLIN, Tuesday 21 February 2023</p></header>')
    article = read_article(write(tmp_path, "page.html", page("", header)))
    assert "Eckhardt" not in article.text
    assert article.published == dt.date(2023, 2, 21)


def test_html_byline_below_a_kicker_and_headline_dates_the_page(tmp_path):
    header = ('<p class="kicker">EXCLUSIVE PHOTOS</p><h1>Married Star Caught Kissing Co-Star</h1>'
              '<p class="byline">By Nadia Kourie &middot; <span>Sunday, Aug. 20, 2023 &middot; 7:45 a.m. ET</span></p>')
    article = read_article(write(tmp_path, "page.html", page("", header)))
    assert article.published == dt.date(2023, 8, 20)


def test_html_dated_link_outside_the_article_is_no_byline(tmp_path):
    raw = page("", "<h1>Headline</h1>").replace(
        "<main>", "<aside><p>Related: a split | March 3, 2021</p></aside><main>")
    assert read_article(write(tmp_path, "page.html", raw)).published is None


def test_html_entities_are_decoded(tmp_path):
    paragraphs = PARAGRAPHS[:2] + [
        "&ldquo;We&rsquo;re thrilled,&rdquo; said Zo&euml; Marchand of Salt &amp; Pepper "
        "Catering, who will cook for the guests at the caf&eacute; in Napa next summer."]
    article = read_article(write(tmp_path, "page.html", page(paragraphs=paragraphs)))
    assert "\u201cWe\u2019re thrilled,\u201d said Zo\u00eb Marchand of Salt & Pepper Catering" in article.text
    assert "caf\u00e9" in article.text
    assert "&amp;" not in article.text and "&rsquo;" not in article.text


def test_html_detected_by_content_without_html_suffix(tmp_path):
    article = read_article(write(tmp_path, "page.txt", page()))
    assert article.format == "html"
    assert PARAGRAPHS[0] in article.text


def test_malformed_html_still_yields_text(tmp_path):
    raw = ("<html><head><title>Broken page</title></head><body><div><p>"
           + PARAGRAPHS[0] + "<p><b>" + PARAGRAPHS[1] + "<div><p>" + PARAGRAPHS[2])
    article = read_article(write(tmp_path, "broken.html", raw))
    assert article.format == "html"
    assert "Juniper Ashgrove is engaged" in article.text
    assert "<p>" not in article.text and "<b>" not in article.text


def test_html_page_without_any_text_is_a_read_error(tmp_path):
    with pytest.raises(ReadError):
        read_article(write(tmp_path, "empty.html", "<html><body><nav></nav></body></html>"))


# -- Markdown ------------------------------------------------------------------

MARKDOWN = """# Ashgrove and Okonkwo-Brandt Say Yes

*Published June 20, 2022*

Juniper Ashgrove is **engaged**! The *Riverbend* actress said yes to chef
[Rafael Okonkwo-Brandt](https://example.com/rafael) during a trip to `Lake Tahoe`.

> "We are so happy," she said.

- The couple met in 2020.
- They went public last spring.
"""


def test_markdown_keeps_the_text_as_written_and_the_heading_is_title(tmp_path):
    """Evidence must be the sentence as the file writes it, so the markup stays."""
    article = read_article(write(tmp_path, "story.md", MARKDOWN))
    assert article.format == "markdown"
    assert article.title == "Ashgrove and Okonkwo-Brandt Say Yes"
    assert article.published == dt.date(2022, 6, 20)
    assert article.text == MARKDOWN.strip("\n")
    assert "Juniper Ashgrove is **engaged**! The *Riverbend* actress" in article.text


def test_markdown_front_matter_gives_date_and_title(tmp_path):
    raw = ("---\ntitle: \"Front Matter Title\"\ndate: 2021-04-09\nauthor: Staff\n---\n"
           "# Heading Below\n\n" + BODY + "\n")
    article = read_article(write(tmp_path, "story.markdown", raw))
    assert article.published == dt.date(2021, 4, 9)
    assert article.title == "Front Matter Title"
    assert "author: Staff" not in article.text and "---" not in article.text
    assert BODY in article.text


# -- encodings -----------------------------------------------------------------

def test_cp1252_curly_quotes(tmp_path):
    text = ("\u201cWe\u2019re taking things slowly,\u201d the actress told reporters outside the "
            "premiere on Thursday \u2013 her first public comment since the split. "
            "Friends say she has been spending weekends at her family\u2019s cabin in Vermont.\n")
    data = text.encode("cp1252")
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")
    article = read_article(write(tmp_path, "cp1252.txt", data))
    assert article.text == text


def test_cp1252_german_names_are_not_read_as_a_mac_code_page(tmp_path):
    text = ("Vienna\u2019s favourite soprano is a princess \u2014 well, almost. Liesl M\u00e4rzendorfer married "
            "the conductor Konstantin Prinz zu Ebersfeld-Hohenau on Saturday at the Karlskirche. \u201cIt was "
            "perfect,\u201d said her father, Ernst M\u00e4rzendorfer. Guests included Matthias Gr\u00fcnewald-Eck, "
            "Florian von T\u00fcngen and Father Johannes Gr\u00f6\u00dfl.\n")
    data = text.encode("cp1252")
    article = read_article(write(tmp_path, "wien.txt", data))
    assert article.text == text
    # on longer files of this kind the detector ranks Mac Central European first ("Mšrzendorfer");
    # Windows-1252's curly quotes overrule a Mac or DOS page
    from gossip_timeline.core import decoding
    assert decoding._old_code_page("mac_latin2") and not decoding._old_code_page("cp1251")
    assert decoding._windows_1252_quotes(data)
    assert not decoding._windows_1252_quotes("Märzendorfer".encode("cp1252"))  # no quotes to go by


def test_cp1252_obituary_is_not_read_as_central_european(tmp_path):
    # the detector ranks cp1250 a hair above cp1252 here, by its guess at the language:
    # "Gisèle" would read "Gisčle"
    text = ("OBITUARY\n\nBroadcaster Desmond Achterley, the genial host of the Saturday quiz \u201cBrain Box\u201d for "
            "two decades, has died at 83. He is survived by his third wife, Margaret, whom he married in 1991.\n\n"
            "Achterley\u2019s first marriage, to the actress Patricia Lowe, ended in divorce in 1964. Two years later "
            "he married the French singer Gis\u00e8le Moreau, who died in 1989 \u2014 a loss he called \u201cthe end "
            "of the music\u201d. In 1997 he settled a libel case for \u00a340,000.\n\n"
            "\u201cHe never once let a guest leave without a laugh,\u201d said his producer of many years. "
            "Achterley is survived by Margaret and by two sons from his second marriage.\n")
    article = read_article(write(tmp_path, "obituary.txt", text.encode("cp1252")))
    assert "Gis\u00e8le Moreau" in article.text
    assert article.text == text


@pytest.mark.parametrize("text, encoding", [
    ("Ren\u00e9e Lef\u00e8vre and Jos\u00e9 Ib\u00e1\u00f1ez were seen leaving a caf\u00e9 "
     "near the Champs-\u00c9lys\u00e9es last week. The couple, who met at a fa\u00e7ade "
     "restoration gala in 2018, married in a small ceremony in S\u00e3o Paulo.\n", "latin-1"),
    ("El actor Jos\u00e9 Pe\u00f1a, 41, y la cantante In\u00e9s Mu\u00f1oz se casaron en "
     "Sevilla. La pareja se conoci\u00f3 en 2015, seg\u00fan una fuente cercana.\n", "cp1252"),
    # A real Central European or Cyrillic file keeps its own code page.
    ("Aktorka \u0141ucja \u017b\u00f3\u0142kowska wysz\u0142a za m\u0105\u017c w \u0141odzi. "
     "Para pozna\u0142a si\u0119 na planie filmu w 2019 roku.\n", "cp1250"),
    ("\u0410\u043a\u0442\u0440\u0438\u0441\u0430 \u0415\u043b\u0435\u043d\u0430 "
     "\u041f\u0435\u0442\u0440\u043e\u0432\u0430 \u0432\u044b\u0448\u043b\u0430 "
     "\u0437\u0430\u043c\u0443\u0436 \u0432 \u041c\u043e\u0441\u043a\u0432\u0435 "
     "\u0432 \u043f\u0440\u043e\u0448\u043b\u043e\u043c \u0433\u043e\u0434\u0443.\n", "cp1251"),
], ids=["latin-1", "cp1252-spanish", "cp1250-polish", "cp1251-russian"])
def test_legacy_single_byte_encodings(tmp_path, text, encoding):
    data = text.encode(encoding)
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")
    article = read_article(write(tmp_path, "legacy.txt", data))
    assert article.text == text


@pytest.mark.parametrize("encode", [
    lambda s: s.encode("utf-16"),  # with the platform's BOM
    lambda s: b"\xff\xfe" + s.encode("utf-16-le"),
    lambda s: b"\xfe\xff" + s.encode("utf-16-be"),
])
def test_utf16_with_bom(tmp_path, encode):
    text = " date 2020-05-01 Zo\u00eb Marchand\u2019s caf\u00e9 opened \u2014 to applause.\n"
    article = read_article(write(tmp_path, "utf16.txt", encode(text)))
    assert article.published == dt.date(2020, 5, 1)
    assert article.text == "Zo\u00eb Marchand\u2019s caf\u00e9 opened \u2014 to applause.\n"


# -- files that cannot be read -------------------------------------------------

@pytest.mark.parametrize("content", [b"", b"   \n\n\t  \n"])
def test_empty_file_is_a_read_error(tmp_path, content):
    with pytest.raises(ReadError, match="empty"):
        read_article(write(tmp_path, "empty.txt", content))


def test_binary_file_is_a_read_error(tmp_path):
    png = (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01"
           b"\x08\x06\x00\x00\x00\x1f\x15\xc4\x89\x00\x00\x00\nIDATx\x9cc\x00\x01"
           b"\x00\x00\x05\x00\x01\r\n-\xb4\x00\x00\x00\x00IEND\xaeB`\x82")
    with pytest.raises(ReadError, match="binary"):
        read_article(write(tmp_path, "picture.txt", png))


def test_missing_file_is_a_read_error(tmp_path):
    with pytest.raises(ReadError, match="no such file"):
        read_article(tmp_path / "nowhere.txt")


def test_folder_is_a_read_error(tmp_path):
    with pytest.raises(ReadError, match="folder"):
        read_article(tmp_path)


def test_file_over_the_size_limit_is_a_read_error(tmp_path):
    path = tmp_path / "huge.txt"
    with path.open("wb") as f:
        f.write(b" date 2020-01-01 ")
        f.truncate(MAX_FILE_BYTES + 1)  # sparse: nothing more is written
    with pytest.raises(ReadError, match="too large"):
        read_article(path)


def test_file_at_the_size_limit_is_read(tmp_path):
    path = tmp_path / "big.txt"
    with path.open("wb") as f:
        f.write(b" date 2020-01-01 " + BODY.encode() + b"\n")
        f.write(b" " * (MAX_FILE_BYTES - f.tell()))
    assert path.stat().st_size == MAX_FILE_BYTES
    article = read_article(path)
    assert article.published == dt.date(2020, 1, 1)
    assert article.text.startswith(BODY)


# -- content hash --------------------------------------------------------------

def test_whitespace_differences_give_the_same_hash(tmp_path):
    a = read_article(write(tmp_path, "a.txt", " date 2021-01-01 " + BODY))
    spaced = BODY.replace(". ", ".\n\n   ").replace(" ", "  ") + "\n\n\n"
    b = read_article(write(tmp_path, "b.txt", (" date 2021-01-01 " + spaced).replace("\n", "\r\n")))
    assert a.text != b.text
    assert a.content_hash == b.content_hash


def test_different_words_give_different_hashes(tmp_path):
    a = read_article(write(tmp_path, "a.txt", BODY))
    b = read_article(write(tmp_path, "b.txt", BODY.replace("Friday", "Saturday")))
    assert a.content_hash != b.content_hash


# -- the shipped sample articles ------------------------------------------------

SEED_FILES = sorted(p for p in SEEDS.iterdir() if p.name.startswith("seed-"))


def test_there_are_seed_articles_in_every_format():
    suffixes = {p.suffix for p in SEED_FILES}
    assert {".txt", ".html", ".md"} <= suffixes


@pytest.mark.parametrize("path", SEED_FILES, ids=lambda p: p.name)
def test_every_seed_article_reads_with_a_date(path):
    article = read_article(path)
    assert article.published is not None
    assert len(article.text.split()) >= 150
    assert article.format == {".txt": "seed", ".html": "html", ".md": "markdown"}[path.suffix]
    if article.format == "html":
        assert "<" not in article.text
    assert not article.text.startswith(" date ")


def test_html_text_reads_as_the_page_does_so_quoted_sentences_are_found_in_it(tmp_path):
    """Inline tags read as spaces in the page's own text; the stored text follows it,
    so every sentence quoted as evidence is found in the page as written."""
    import html as html_module
    import re

    raw = ("<html><head><title>T</title></head><body><nav>Home · News</nav><article>"
           "<h1>Star &amp; Chef Wed</h1>"
           "<p>She starred in <i>The Velvet Trap</i>, then married <a href='/x'>Milo Crane</a>"
           " in 1999, a rep said.</p><p>They met on set &#8212; twice.</p></article>"
           "<footer>About us</footer></body></html>")
    article = read_article(write(tmp_path, "page.html", raw))
    plain = " ".join(html_module.unescape(re.sub(r"<[^>]+>", " ", raw)).split())
    for paragraph in article.text.split("\n\n"):
        assert paragraph in plain
    assert "The Velvet Trap , then married Milo Crane in 1999" in article.text
    assert "Home" not in article.text and "About us" not in article.text


def test_html_list_items_read_without_the_extractors_dash(tmp_path):
    """The text extractor writes a list item as "- item"; the page has no such dash, so the
    stored item is the page's own words, and a dash the page writes itself stays."""
    import html as html_module
    import re

    raw = ("<html><head><title>T</title></head><body><article><h1>Everything we know</h1>"
           "<p>Mina Okoye and Dex Harlan have split, a rep confirmed on Monday.</p><h2>Timeline</h2>"
           "<ul><li><strong>2019:</strong> The pair meet at a gala in London.</li>"
           "<li><strong>March 2021:</strong> They get engaged in Paris &amp; celebrate.</li></ul>"
           "<p>- A dash the page writes itself.</p></article></body></html>")
    article = read_article(write(tmp_path, "page.html", raw))
    plain = " ".join(html_module.unescape(re.sub(r"<[^>]+>", " ", raw)).split())
    for paragraph in article.text.split("\n\n"):
        assert paragraph in plain
    assert "\n\n2019: The pair meet at a gala in London." in article.text
    assert "- A dash the page writes itself." in article.text


def test_markdown_parse_text_blanks_the_marks_and_keeps_every_offset(tmp_path):
    article = read_article(write(tmp_path, "story.md", MARKDOWN))
    parsed = article.parse_text
    assert len(parsed) == len(article.text)
    assert "*" not in parsed and "[" not in parsed and "](" not in parsed
    start = article.text.index("Rafael")
    assert parsed[start:start + len("Rafael Okonkwo-Brandt")] == "Rafael Okonkwo-Brandt"
    assert read_article(write(tmp_path, "story.txt", "A *starred* note.")).parse_text == "A *starred* note."


def test_what_the_source_sets_in_italics_is_kept_with_the_article(tmp_path):
    md = ("# Love and Lyrics\n\nDate: 2022-09-08\n\nRoyal expert Ulla Berggren told *Expressen* the news. "
          "It's over for _Love Villa_ stars **Jade Osei** and **Kieran Whitlock**; *Expressen* had it first.\n")
    article = read_article(write(tmp_path, "week.md", md))
    assert article.italics == ("Expressen", "Love Villa")  # each once; bold is not italics
    page = ("<html><head><title>Love</title></head><body><article><h1>Love and Lyrics</h1>"
            "<p>Royal expert Ulla Berggren told <em>Expressen</em> the news. It is over for "
            "<i>Love   Villa</i> stars <strong>Jade Osei</strong> and Kieran Whitlock, who met on the show "
            "in 2021 and split quietly this summer after two years together.</p></article></body></html>")
    article = read_article(write(tmp_path, "week.html", page))
    assert article.italics == ("Expressen", "Love Villa")
    assert read_article(write(tmp_path, "plain.txt", "Jade Osei told *Expressen* the news.")).italics == ()
