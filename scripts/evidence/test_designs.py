"""Unit tests of the design zoo's pure parts (scripts/evidence/designs.py; no Chromium):
python3 -m unittest discover -s scripts/evidence"""
import html
import os
import re
import sys
import unittest

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from evidence import designs  # noqa: E402
from evidence.dates import D  # noqa: E402
from evidence.labels import leaf_ids  # noqa: E402

N = 240
PUB_LABELS = ("发布时间", "发布日期", "发文日期", "公开日期", "更新时间")


def text_of(page):
    """The page's visible text, roughly: tags dropped, entities decoded, the <style> left out."""
    body = page[page.index("<body"):]
    return html.unescape(re.sub(r"<[^>]+>", " ", body))


def pd_text(page):
    """The text inside the element id="pd" (the printed truth)."""
    m = re.search(r'<(span|div) (?:class="tile" )?id="pd"[^>]*>', page)
    if not m:
        return None
    depth, i = 1, m.end()
    tag = m.group(1)
    while depth:
        o = page.find(f"<{tag}", i)
        e = page.find(f"</{tag}>", i)
        if o != -1 and o < e:
            depth, i = depth + 1, o + 1
        else:
            depth, i = depth - 1, e + len(tag) + 3
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", page[m.end():i - len(tag) - 3])).split())


def parse(text):
    """A printed date back to ISO (any of the zoo's formats, the tile included)."""
    t = text.strip("[]")
    m = re.match(r"^(\d{2}) (\d{4})[-.](\d{2})$", t)
    if m:
        return f"{m.group(2)}-{m.group(3)}-{m.group(1)}"
    m = re.match(r"^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?(?: \d{2}:\d{2}(?::\d{2})?| 星期.)?$", t)
    return f"{m.group(1)}-{int(m.group(2)):02d}-{int(m.group(3)):02d}" if m else None


class Plan(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.cases = designs.plan(N, 1)

    def test_deterministic_and_prefix_stable(self):
        again = designs.plan(N, 1)
        self.assertEqual([c["html"] for c in again], [c["html"] for c in self.cases])
        self.assertEqual([designs.label_of(c) for c in designs.plan(40, 1)],
                         [designs.label_of(c) for c in self.cases[:40]])
        other = designs.plan(20, 2)
        self.assertNotEqual([c["truth"] for c in other], [c["truth"] for c in self.cases[:20]])

    def test_truth_is_printed_in_the_drawn_format(self):
        for c in self.cases:
            if c["truth"] is None:
                continue
            self.assertTrue(designs.LO <= c["truth"] <= designs.HI, c["id"])
            shown = pd_text(c["html"])
            self.assertIsNotNone(shown, c["id"])
            if c["place"] == "tile":
                x = D(c["truth"])
                sep = "." if c["fmt"] == "tile_dot" else "-"
                self.assertEqual(shown.split(), [f"{x.day:02d}", f"{x.year}{sep}{x.month:02d}"], c["id"])
            else:
                self.assertEqual(shown, c["date_text"], c["id"])
                self.assertEqual(c["date_text"], designs.fmt_date(c["truth"], c["fmt"], self.hm(c)), c["id"])
            self.assertEqual(parse(shown), c["truth"], (c["id"], shown))

    @staticmethod
    def hm(c):
        m = re.search(r" (\d{2}):(\d{2})(?::(\d{2}))?$", c["date_text"] or "")
        return (int(m.group(1)), int(m.group(2)), int(m.group(3) or 5)) if m else (10, 21, 5)

    def test_distractor_dates_differ_from_the_truth(self):
        """Outside the truth's own element, no printed form of the truth appears on the page."""
        for c in self.cases:
            if c["truth"] is None:
                continue
            page = re.sub(r'<span id="pd">[^<]*</span>', " ", c["html"])
            page = re.sub(r'<div class="tile" id="pd">.*?</div></div>', " ", page)
            txt = text_of(page)
            for f in designs.all_forms(c["truth"]):
                self.assertIsNone(re.search(r"(?<![\d])" + re.escape(f) + r"(?![\d])", txt), (c["id"], f))

    def test_undated_cases_have_no_publication_date(self):
        undated = [c for c in self.cases if c["truth"] is None]
        self.assertTrue(0.04 * N <= len(undated) <= 0.13 * N, len(undated))
        for c in undated:
            self.assertEqual(c["place"], "none")
            self.assertIsNone(c["date_text"])
            self.assertNotIn('id="pd"', c["html"])
            txt = text_of(c["html"])
            for lab in PUB_LABELS + ("日期", "时间"):
                self.assertIsNone(re.search(lab + r"\s*[：:]\s*\S*\d", txt), (c["id"], lab))
            self.assertIsNone(designs.label_of(c)["published"])

    def test_every_axis_value_is_drawn(self):
        for axis, values in designs.AXIS_VALUES.items():
            seen = set()
            for c in self.cases:
                v = c[axis]
                seen.update(v if isinstance(v, list) else [v])
            self.assertEqual(set(values) - seen, set(), axis)
        self.assertEqual(set(designs.AXIS_VALUES), set(designs.AXES))

    def test_labels(self):
        leaves = leaf_ids()
        sources = [c["source"] for c in self.cases]
        self.assertEqual(len(sources), len(set(sources)))
        doc = designs.labels_doc(self.cases)
        self.assertEqual(doc["as_of"], "2020-11-20")
        for lab in doc["files"]:
            self.assertEqual(list(lab)[:5], ["source", "indicator", "published", "kind", "note"])
            self.assertTrue(set(designs.AXES) <= set(lab))
            self.assertIn(lab["indicator"], leaves)
            self.assertEqual(lab["kind"], "screenshot")

    def test_file_names_never_carry_the_truth(self):
        for c in self.cases:
            self.assertRegex(c["source"], r"\.(png|jpg)$")
            self.assertTrue(c["source"].endswith("." + c["image"]))
            if c["truth"]:
                x = D(c["truth"])
                for f in (c["truth"], f"{x.year}{x.month:02d}{x.day:02d}", f"{x.year}年{x.month}月{x.day}日"):
                    self.assertNotIn(f, c["source"], c["id"])
            if c["image"] == "jpg":
                self.assertTrue(70 <= c["shot"][2] <= 92)

    def test_consistency(self):
        for c in self.cases:
            if c["place"] == "rail":
                self.assertEqual(c["left"], "rail")
            if c["place"] in ("table", "rail"):
                self.assertIn(c["label"], designs.TABLE_LABELS)
                self.assertLess(c["written"], c["truth"])
                self.assertIn(c["written_text"], c["html"])
            if c["today"] == "yes":
                self.assertIn("今天是", c["html"])
            if c["frame"] in ("window", "window_taskbar"):
                self.assertIn(esc_url(c["url"]), c["html"])
                self.assertNotRegex(c["url"], r"20[12]\d")
            self.assertIn(c["shot"][0], designs.WIDTHS)


def esc_url(u):
    return html.escape(u, quote=True)


class Tally(unittest.TestCase):
    def test_every_axis_of_a_real_plan(self):
        cases = designs.plan(12, 1)
        t = designs.tally(designs.labels_doc(cases), {"files": []})
        self.assertEqual(list(t["by_axis"]), designs.AXES)
        self.assertEqual(t["right"], 0)
        self.assertIn("by place:", designs.format_tally(t))

    def test_per_axis_and_confidence(self):
        labels = {"files": [
            {"source": "a.png", "published": "2020-08-27", "frame": "page", "fields": ["来源", "作者"], "right": "qr"},
            {"source": "b.png", "published": None, "frame": "crop", "fields": [], "right": "none"},
            {"source": "c.png", "published": "2020-03-02", "frame": "page", "fields": ["来源"], "right": "qr"},
            {"source": "d.png", "published": "2020-01-07", "frame": "long", "fields": ["作者"], "right": "none"}]}
        report = {"files": [
            {"source": "a.png", "published": "2020-08-27", "date_confidence": 0.95},
            {"source": "b.png", "published": "2020-11-18", "date_confidence": 0.85},
            {"source": "c.png", "published": None, "date_confidence": 0.1}]}
        t = designs.tally(labels, report, axes=["frame", "fields", "right"])
        self.assertEqual((t["total"], t["right"]), (4, 1))
        self.assertEqual((t["confident_right"], t["confident_wrong"]), (1, 1))
        self.assertEqual(t["by_axis"]["frame"], {"page": [1, 2], "crop": [0, 1], "long": [0, 1]})
        self.assertEqual(t["by_axis"]["fields"], {"来源": [1, 2], "作者": [1, 2], "(none)": [0, 1]})
        self.assertEqual(t["by_axis"]["right"], {"qr": [1, 2], "none": [0, 2]})   # the axis, not the flag
        self.assertEqual(t["by_axis"].keys(), {"frame", "fields", "right"})
        self.assertEqual((t["null_got"], t["undated_wrong"]), (2, 1))   # c: null, d: not in files[]
        text = designs.format_tally(t, misses=True)
        self.assertIn("dates exact: 1/4 = 25.0%", text)
        self.assertIn("confident (date_confidence >= 0.8): 1 right, 1 wrong", text)
        self.assertIn("[not in files[]]", text)


if __name__ == "__main__":
    unittest.main()
