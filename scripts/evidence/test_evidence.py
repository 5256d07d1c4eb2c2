"""Unit tests of the pure parts of scripts/evidence (no Chromium): python3 -m unittest discover -s scripts/evidence"""
import hashlib
import json
import os
import shutil
import sys
import tempfile
import unittest
import zipfile

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from evidence import build, dates, labels, office, postprocess, templates  # noqa: E402


class Dates(unittest.TestCase):
    def test_formats(self):
        self.assertEqual(dates.cn("2020-08-04"), "2020年8月4日")
        self.assertEqual(dates.cn_upper("2020-10-31"), "二〇二〇年十月三十一日")
        self.assertEqual(dates.cn_upper("2020-12-15"), "二〇二〇年十二月十五日")
        self.assertEqual(dates.cn_upper("2020-01-20"), "二〇二〇年一月二十日")
        self.assertEqual(dates.today_bar("2020-11-20"), "今天是：2020年11月20日 星期五")

    def test_serial_and_when(self):
        self.assertEqual(dates.serial("1900-03-01"), 61)
        self.assertEqual(dates.serial("2020-11-20"), 44155)
        self.assertEqual(dates.when("2020-05-06").isoformat(), "2020-05-06T09:12:41")


class Office(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.mkdtemp()

    def tearDown(self):
        shutil.rmtree(self.tmp)

    def twice(self, write):
        """Write the same file twice; both must be equal bytes. Returns the open zip."""
        a, b = os.path.join(self.tmp, "a", "f"), os.path.join(self.tmp, "b", "f")
        write(a)
        write(b)
        with open(a, "rb") as fa, open(b, "rb") as fb:
            self.assertEqual(fa.read(), fb.read())
        z = zipfile.ZipFile(a)
        self.assertIsNone(z.testzip())
        self.assertTrue(all(i.date_time[0] == 2020 for i in z.infolist()))
        return z

    def test_docx(self):
        z = self.twice(lambda p: office.write_docx(p, "标题", [("t", "关于<印发>的通知"), ("p", "正文"), ("r", "2020年8月4日"),
                                                                ("tbl", [["序号", "事项"], [1, "公开"]])]))
        self.assertEqual(z.namelist(), ["[Content_Types].xml", "_rels/.rels", "word/document.xml",
                                        "word/_rels/document.xml.rels", "docProps/core.xml", "docProps/app.xml"])
        doc = z.read("word/document.xml").decode()
        self.assertIn("关于&lt;印发&gt;的通知", doc)
        self.assertIn("<w:tbl>", doc)
        self.assertIn("2020-11-16T09:12:00Z", z.read("docProps/core.xml").decode())

    def test_xlsx(self):
        rows = [["表", ""], ["日期", ("date", "2020-06-30")], ["数", 3], ["表", None]]
        z = self.twice(lambda p: office.write_xlsx(p, "Sheet1", rows, "t", widths=[6, 20], merge=["A1:B1"]))
        self.assertIn("xl/sharedStrings.xml", z.namelist())
        sheet = z.read("xl/worksheets/sheet1.xml").decode()
        self.assertIn('<c r="B2" s="1"><v>44012</v></c>', sheet)
        self.assertIn('<c r="A1" t="s" s="2"><v>0</v></c>', sheet)
        self.assertIn('<c r="A4" t="s" s="0"><v>0</v></c>', sheet)   # the shared string is reused
        self.assertIn('<mergeCell ref="A1:B1"/>', sheet)
        self.assertIn('count="3" uniqueCount="3"', z.read("xl/sharedStrings.xml").decode())

    def test_book_xlsx_and_doc_docx(self):
        book = {"sheets": [("一", [["a", 1]], []), ("二", [["a", ("date", "2020-01-02")]], ["A1:B1"])],
                "created": "2020-11-01T00:00:00Z", "modified": "2020-11-02T00:00:00Z"}
        z = self.twice(lambda p: office.write_book_xlsx(p, book))
        self.assertIn("xl/worksheets/sheet2.xml", z.namelist())
        self.assertIn('<c r="A1" t="s"><v>0</v></c>', z.read("xl/worksheets/sheet2.xml").decode())
        doc = {"title": "答复", "docno": "霸政函〔2020〕1号", "body": ["正文", ("h", "一、"), ("table", [["a"]])],
               "sign": ["霸州市人民政府"], "created": "2020-11-01T00:00:00Z", "modified": "2020-11-02T00:00:00Z"}
        z = self.twice(lambda p: office.write_doc_docx(p, doc))
        self.assertEqual(z.infolist()[0].date_time, (2020, 11, 19, 9, 0, 0))
        self.assertIn("霸政函〔2020〕1号", z.read("word/document.xml").decode())

    def test_text(self):
        p = os.path.join(self.tmp, "t", "a.txt")
        office.write_text(p, ["一", "二"], enc="gbk", crlf=True)
        with open(p, "rb") as f:
            self.assertEqual(f.read(), "一\r\n二\r\n".encode("gbk"))
        office.write_text(p, ["x"], bom=True)
        with open(p, "rb") as f:
            self.assertEqual(f.read(), b"\xef\xbb\xbfx\n")

    def test_col(self):
        self.assertEqual([office.col(i) for i in (0, 25, 26, 701, 702)], ["A", "Z", "AA", "ZZ", "AAA"])


class Templates(unittest.TestCase):
    def test_html_doc(self):
        self.assertEqual(templates.html_doc("a&b", "p{}", "<p>x</p>"),
                         '<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>a&amp;b</title>'
                         '<style>p{}</style></head><body><p>x</p></body></html>')
        self.assertTrue(templates.html_doc("t", "", "", nl="\n").endswith("</html>\n"))

    def test_docpage_photo_scan(self):
        d = {"red": "霸州市人民政府", "no": "霸政〔2020〕3号", "title": "通知", "paras": ["正文", "<p class='n'>x</p>"],
             "sign": ["霸州市人民政府", "2020年3月1日"], "yinfa": ("办公室", "2020年3月2日印发")}
        h = templates.docpage(d)
        self.assertIn('<div class="red">霸州市人民政府</div><div class="no">霸政〔2020〕3号</div><div class="rl"></div><h1>通知</h1>', h)
        self.assertIn("<p>正文</p><p class='n'>x</p>", h)
        page, size = templates.photo_page(templates.docpage(d, True))
        self.assertEqual(size, (1200, 1600, 72))
        self.assertIn('<div class="paper">', page)
        self.assertNotIn("@page", page)
        self.assertEqual(templates.scan_page(h)[1], (1240, 1754, 60))

    def test_portal_and_phone_sizes(self):
        page, size = templates.portal({"today": "2020-11-18", "crumb": ["首页"], "title": "T", "paras": ["p"]}, q=62)
        self.assertEqual(size, (1366, 800, 62))
        self.assertIn("今天是：2020年11月18日 星期三", page)
        page, size = templates.phone("wechat", title="T", account="A", byline="2020-06-09", paras=["p"], pic="P")
        self.assertEqual(size, (414, 896, 75))
        self.assertIn("background:#4f82bd;border-bottom:6px solid #9cc4ea", page)


class PostProcess(unittest.TestCase):
    def test_pdf_dates_keep_length(self):
        tmp = tempfile.mkdtemp()
        try:
            p = os.path.join(tmp, "a.pdf")
            with open(p, "wb") as f:
                f.write(b"<< /CreationDate (D:20250101120000+00'00') >>")
            postprocess.fix_pdf_dates(p, "20201117093000")
            with open(p, "rb") as f:
                self.assertEqual(f.read(), b"<< /CreationDate (D:20201117093000+00'00') >>")
        finally:
            shutil.rmtree(tmp)

    def test_image_pdf(self):
        jpeg = bytes.fromhex("ffd8ffc0001108000a0014030111000211010311 01ffd9".replace(" ", ""))
        self.assertEqual(postprocess.jpeg_size(jpeg), (20, 10))
        tmp = tempfile.mkdtemp()
        try:
            out = os.path.join(tmp, "s", "scan.pdf")
            postprocess.image_pdf([jpeg], out, "Scanner", dates.when("2020-11-10"))
            with open(out, "rb") as f:
                b = f.read()
            self.assertTrue(b.startswith(b"%PDF-1.4") and b.endswith(b"%%EOF\n"))
            self.assertIn(b"/Width 20 /Height 10", b)
            self.assertIn(b"D:20201110091241+08'00'", b)
        finally:
            shutil.rmtree(tmp)


class Labels(unittest.TestCase):
    def setUp(self):
        self.out = tempfile.mkdtemp()
        inbox = os.path.join(self.out, "inbox", "市政府办")
        os.makedirs(inbox)
        office.write_text(os.path.join(inbox, "a.txt"), ["x"])
        office.write_docx(os.path.join(inbox, "b.docx"), "t", [("p", "x")])
        self.labels = [
            {"source": "市政府办/a.txt", "indicator": "5.1", "published": "2020-03-01", "kind": "document", "note": "指南"},
            {"source": "市政府办/b.docx", "indicator": "7.1.2", "published": None, "kind": "document", "note": "错放单位：x"},
        ]

    def tearDown(self):
        shutil.rmtree(self.out)

    def test_leaves(self):
        leaves = labels.leaf_ids()
        self.assertIn("7.1.6", leaves)
        self.assertNotIn("7.1", leaves)
        self.assertIn("2.14", leaves)
        self.assertEqual(len(leaves), 47)

    def test_good_labels_pass(self):
        self.assertEqual(labels.validate(self.out, self.labels), [])

    def test_bad_labels_are_caught(self):
        bad = [dict(self.labels[0], indicator="7.1"), dict(self.labels[1], published="2021-01-01", kind="photo"),
               dict(self.labels[0], source="市政府办/missing.png")]
        problems = labels.validate(self.out, bad)
        self.assertIn("bad id 7.1 for 市政府办/a.txt", problems)
        self.assertIn("date out of range 市政府办/b.docx", problems)
        self.assertIn("bad kind for 市政府办/b.docx", problems)
        self.assertIn("missing 市政府办/missing.png", problems)

    def test_counts_and_readme(self):
        c = labels.counts(self.labels)
        self.assertEqual((c["files"], c["indicators"], c["level1"], c["wrong_unit"], c["null_dates"]), (2, 2, 2, 1, 1))
        self.assertEqual(c["forms"], {"docx": 1, "txt": 1})
        tail = labels.files_section(self.labels, c, 2 * 1024 * 1024)
        self.assertIn("Wrong-unit files (1): 7.1.2 by 市政府办.", tail)
        self.assertIn("| `市政府办/b.docx` | 7.1.2 | null | document |\n", tail)
        self.assertTrue(tail.endswith("2.00 MB in `inbox/`.\n"))

    def test_write_labels_and_zip(self):
        got = build.write_labels(self.out, list(reversed(self.labels)))
        self.assertEqual([l["source"] for l in got], ["市政府办/a.txt", "市政府办/b.docx"])
        with open(os.path.join(self.out, "labels.json"), encoding="utf-8") as f:
            self.assertEqual(json.load(f)["as_of"], "2020-11-20")
        stage = os.path.join(self.out, "stage")
        office.write_text(os.path.join(stage, "a", "b", "c.txt"), ["x"])
        sums = []
        for all_parents, name in ((True, "x.zip"), (False, "y.zip")):
            zp = os.path.join(self.out, name)
            build.pack_zip(zp, stage, ["a/b/c.txt"], all_parents=all_parents)
            sums.append(zipfile.ZipFile(zp).namelist())
        self.assertEqual(sums, [["a/", "a/b/", "a/b/c.txt"], ["a/b/", "a/b/c.txt"]])
        with open(os.path.join(self.out, "x.zip"), "rb") as f:
            first = hashlib.sha256(f.read()).hexdigest()
        build.pack_zip(os.path.join(self.out, "x.zip"), stage, ["a/b/c.txt"])
        with open(os.path.join(self.out, "x.zip"), "rb") as f:
            self.assertEqual(hashlib.sha256(f.read()).hexdigest(), first)


if __name__ == "__main__":
    unittest.main()
