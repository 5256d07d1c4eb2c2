"""Unit tests of the date zoo's pure parts (scripts/evidence/zoo.py; no Chromium):
python3 -m unittest discover -s scripts/evidence"""
import os
import random
import re
import sys
import unittest

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from evidence import zoo  # noqa: E402
from evidence.labels import leaf_ids  # noqa: E402


class Noise(unittest.TestCase):
    def rng(self):
        return random.Random(7)

    def test_clean_and_label_leave_the_date(self):
        for n in ("clean", "label"):
            self.assertEqual(zoo.noisy("2020-08-27", n, self.rng()), "2020-08-27")

    def test_punct_puts_stray_marks_between_the_parts(self):
        s = zoo.noisy("2020-08-27", "punct", self.rng())
        self.assertRegex(s, r"^2020-[.,]08-[.,]27$")
        s = zoo.noisy("2020年8月27日", "punct", self.rng())
        self.assertNotEqual(s, "2020年8月27日")
        self.assertEqual(re.sub(r"[.,'·]", "", s), "2020年8月27日")

    def test_space_splits_the_year(self):
        self.assertEqual(zoo.noisy("2020年9月3日", "space", self.rng()), "20 20年9月3日")
        self.assertEqual(zoo.noisy("二〇二〇年八月十一日", "space", self.rng()), "二〇 二〇年八月十一日")

    def test_lookalike_reads_a_one_as_bracket_or_l(self):
        s = zoo.noisy("2020年11月5日", "lookalike", self.rng())
        self.assertIn(s, ["2020年]1月5日", "2020年1]月5日", "2020年l1月5日", "2020年1l月5日"])

    def test_fullwidth_mixes_digit_widths(self):
        s = zoo.noisy("2020-08-27", "fullwidth", self.rng())
        self.assertTrue(any(c in zoo.FULL for c in s) and any(c.isascii() and c.isdigit() for c in s))
        self.assertEqual(s.translate({ord(f): str(i) for i, f in enumerate(zoo.FULL)}), "2020-08-27")

    def test_garble_changes_a_label(self):
        rng = self.rng()
        for label in ("发布日期", "成文日期", "发布时间", "主题分类"):
            for _ in range(20):
                g = zoo.garble(label, rng)
                self.assertNotEqual(g, label)
                self.assertGreaterEqual(len(g), len(label) - 1)
                self.assertEqual(g[0], label[0])


class Plan(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.full = zoo.plan(330, 1)
        cls.fast = zoo.plan(0, 1, "fast")

    def test_deterministic_and_prefix_stable(self):
        again = zoo.plan(330, 1)
        self.assertEqual([c["html"] for c in again], [c["html"] for c in self.full])
        self.assertEqual([zoo.label_of(c) for c in self.fast], [zoo.label_of(c) for c in self.full[:zoo.FAST]])
        other = zoo.plan(20, 2)
        self.assertNotEqual([c["truth"] for c in other], [c["truth"] for c in self.full[:20]])

    def test_axes_are_covered(self):
        self.assertGreaterEqual(len(self.full), 300)
        for cases, least in ((self.full, 20), (self.fast, 3)):
            layouts = [c["layout"] for c in cases]
            for lay in zoo.LAYOUTS:
                self.assertGreaterEqual(layouts.count(lay), least, lay)
        self.assertEqual({c["noise"] for c in self.full}, set(zoo.NOISES))
        self.assertEqual({c["noise"] for c in self.fast}, set(zoo.NOISES))
        self.assertTrue(set(zoo.WIDTHS) <= {c["width"] for c in self.full})
        self.assertEqual({c["seal"] for c in self.full if c["layout"] == "redhead_scan"}, {"none", "seal", "covered"})
        self.assertEqual({c["variant"] for c in self.full if c["layout"] == "nodate"}, set(zoo.VARIANTS["nodate"]))

    def test_phone_widths_and_photo_look_after_the_fast_subset(self):
        self.assertEqual({c["look"] for c in self.fast}, {"screen"})
        photos = [c for c in self.full if c["look"] == "photo"]
        self.assertGreaterEqual(len(photos), 8)
        for c in photos:
            self.assertIn(c["layout"], ("wechat", "nodate"))
            self.assertTrue(c["source"].endswith(".jpg"), c["source"])
            self.assertIn("perspective(", c["html"])
        widths = {c["width"] for c in self.full if c["layout"] == "wechat"}
        self.assertTrue(set(zoo.PHONE_EXTRA_WIDTHS) <= widths, widths)

    def test_labels_are_valid(self):
        leaves = leaf_ids()
        sources = [c["source"] for c in self.full]
        self.assertEqual(len(sources), len(set(sources)))
        for c in self.full:
            lab = zoo.label_of(c)
            self.assertEqual(list(lab), list(zoo.LABEL_KEYS))
            self.assertIn(lab["indicator"], leaves)
            if lab["published"] is not None:
                self.assertTrue("2020-01-01" <= lab["published"] <= "2020-11-20", c["id"])
            self.assertTrue("2020-11-10" <= c["collected"] <= "2020-11-20")

    def test_truth_null_where_there_is_no_readable_date(self):
        for c in self.full:
            if c["layout"] == "nodate" or (c["layout"] == "list" and c["variant"] == "null") or c["seal"] == "covered":
                self.assertIsNone(c["truth"], c["id"])
            else:
                self.assertIsNotNone(c["truth"], c["id"])

    def test_the_truth_is_printed_on_the_page(self):
        """Where a date is the truth, the page (or its URL) shows it, as printed before noise."""
        for c in self.full:
            if c["truth"] is None or c["noise"] != "clean":
                continue
            x = zoo.D(c["truth"])
            forms = [c["truth"], zoo.cn(c["truth"]), zoo.cn_upper(c["truth"]), f"t{x:%Y%m%d}_",
                     f"/art/{x.year}/{x.month}/{x.day}/"]
            self.assertTrue(any(f in c["html"] for f in forms), c["id"])

    def test_file_name_dates_are_distractors_only(self):
        named = [c for c in self.full if c["layout"] == "nodate" and c["variant"] in ("IMG", "Screenshot", "微信图片")]
        self.assertTrue(named)
        for c in named:
            self.assertRegex(c["source"].split("/")[-1], r"^(IMG_2020|Screenshot_2020|微信图片_2020)")
            self.assertIsNone(zoo.label_of(c)["published"])

    def test_grid_keeps_written_and_published_apart(self):
        for c in self.full:
            if c["layout"] == "grid":
                self.assertIn("成文日期", c["note"])
                w = re.search(r"成文日期 (\S+)（", c["note"]).group(1)
                self.assertLess(w, c["truth"])

    def test_scans_carry_a_creation_date_in_the_window(self):
        for c in self.full:
            if c["render"] in ("scan", "pdf"):
                self.assertTrue("2020-11-10" <= c["when"].date().isoformat() <= "2020-11-20")
                self.assertTrue(c["source"].endswith(".pdf"))


class Tally(unittest.TestCase):
    def test_axes_and_reliability(self):
        labels = {"files": [
            {"source": "a.png", "published": "2020-08-27", "layout": "byline", "noise": "clean", "width": 414, "seal": None},
            {"source": "b.png", "published": None, "layout": "nodate", "noise": "clean", "width": 1366, "seal": None},
            {"source": "c.pdf", "published": "2020-08-11", "layout": "redhead_scan", "noise": "space", "width": 1240, "seal": "seal"},
            {"source": "d.png", "published": "2020-01-02", "layout": "byline", "noise": "punct", "width": 414, "seal": None}]}
        report = {"files": [
            {"source": "a.png", "published": "2020-08-27", "date_source": "text", "date_review": False, "date_confidence": 0.97},
            {"source": "b.png", "published": "2020-11-18", "date_source": "text", "date_review": False, "date_confidence": 0.96},
            {"source": "c.pdf", "published": None, "date_source": "metadata", "date_review": True, "date_confidence": 0.2}]}
        t = zoo.tally(labels, report)
        self.assertEqual((t["total"], t["right"]), (4, 1))
        self.assertEqual(t["by_axis"]["layout"], {"byline": [1, 2], "nodate": [0, 1], "redhead_scan": [0, 1]})
        self.assertEqual(t["by_axis"]["seal"]["seal"], [0, 1])
        self.assertEqual(t["confident_wrong"], 1)
        self.assertEqual(t["null_wrong"], 1)
        self.assertEqual(t["review"], 1)
        rel = {name: (a, b) for name, a, b in t["reliability"]}
        self.assertEqual(rel["[0.95, 1.00]"], (1, 2))
        self.assertEqual(rel["[0.00, 0.50)"], (0, 1))
        text = zoo.format_tally(t)
        self.assertIn("dates exact: 1/4 = 25.0%", text)
        self.assertIn("[not in files[]]", text)


if __name__ == "__main__":
    unittest.main()
