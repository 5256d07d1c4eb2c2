"""OOXML (docx, xlsx) and text writers with fixed timestamps, so that every run writes the same bytes.

write_docx / write_xlsx take a list of blocks / one sheet (hold-outs 2-4); write_doc_docx /
write_book_xlsx take a document dict / several sheets and write the parts in another order with
an XML declaration on its own line (hold-out 1). Both pairs stay, each a different kind of file
that a hold-out's labels were measured against.
"""
import html
import os
import zipfile

from .dates import serial

ZDATE = (2020, 11, 16, 9, 30, 0)


def zput(z, name, data, when=ZDATE):
    zi = zipfile.ZipInfo(name, date_time=when)
    zi.compress_type = zipfile.ZIP_DEFLATED
    zi.external_attr = 0o644 << 16
    z.writestr(zi, data.encode("utf-8") if isinstance(data, str) else data)


def write_zip(path, parts, when=ZDATE):
    """A zip of (name, text or bytes) parts in the given order, deflated, all stamped `when`."""
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with zipfile.ZipFile(path, "w") as z:
        for name, data in parts:
            zput(z, name, data, when)


def xe(s):
    return html.escape(str(s), quote=False)


def core_xml(title, creator, created):
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            f'<dc:title>{xe(title)}</dc:title><dc:creator>{xe(creator)}</dc:creator><cp:lastModifiedBy>{xe(creator)}</cp:lastModifiedBy>'
            f'<dcterms:created xsi:type="dcterms:W3CDTF">{created}</dcterms:created>'
            f'<dcterms:modified xsi:type="dcterms:W3CDTF">{created}</dcterms:modified></cp:coreProperties>')


def write_docx(path, title, blocks, creator="Administrator", created="2020-11-16T09:12:00Z"):
    """blocks: ('t', text) title centered bold; ('p', text); ('r', text) right; ('n', text) no indent;
    ('tbl', [[cells]])."""
    W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'

    def run(t, bold=False, size=32):
        rp = f'<w:rPr><w:rFonts w:ascii="仿宋_GB2312" w:eastAsia="仿宋_GB2312" w:hAnsi="仿宋_GB2312"/>{"<w:b/>" if bold else ""}<w:sz w:val="{size}"/></w:rPr>'
        return f'<w:r>{rp}<w:t xml:space="preserve">{xe(t)}</w:t></w:r>'
    body = []
    for kind, v in blocks:
        if kind == "t":
            body.append(f'<w:p><w:pPr><w:jc w:val="center"/><w:spacing w:after="240"/></w:pPr>{run(v, True, 40)}</w:p>')
        elif kind == "p":
            body.append(f'<w:p><w:pPr><w:ind w:firstLineChars="200" w:firstLine="640"/><w:spacing w:line="560" w:lineRule="exact"/></w:pPr>{run(v)}</w:p>')
        elif kind == "n":
            body.append(f'<w:p><w:pPr><w:spacing w:line="560" w:lineRule="exact"/></w:pPr>{run(v)}</w:p>')
        elif kind == "r":
            body.append(f'<w:p><w:pPr><w:jc w:val="right"/><w:ind w:right="640"/></w:pPr>{run(v)}</w:p>')
        elif kind == "tbl":
            rows = ""
            for i, row in enumerate(v):
                rows += "<w:tr>" + "".join(
                    f'<w:tc><w:tcPr><w:tcW w:w="0" w:type="auto"/></w:tcPr><w:p><w:pPr><w:jc w:val="center"/></w:pPr>{run(c, i == 0, 22)}</w:p></w:tc>'
                    for c in row) + "</w:tr>"
            bd = "".join(f'<w:{b} w:val="single" w:sz="4" w:space="0" w:color="000000"/>' for b in ("top", "left", "bottom", "right", "insideH", "insideV"))
            body.append(f'<w:tbl><w:tblPr><w:tblW w:w="5000" w:type="pct"/><w:tblBorders>{bd}</w:tblBorders></w:tblPr>{rows}</w:tbl><w:p/>')
    doc = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document {W}><w:body>{"".join(body)}'
           '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1588" w:header="851" w:footer="992" w:gutter="0"/></w:sectPr>'
           '</w:body></w:document>')
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
          '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
          '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
            '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/></Relationships>')
    drels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>')
    app = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
           '<Application>Microsoft Office Word</Application><AppVersion>16.0000</AppVersion></Properties>')
    write_zip(path, [("[Content_Types].xml", ct), ("_rels/.rels", rels), ("word/document.xml", doc),
                     ("word/_rels/document.xml.rels", drels),
                     ("docProps/core.xml", core_xml(title, creator, created)), ("docProps/app.xml", app)])


def col(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


class Strings:
    """An xlsx shared-string table: calling it with a string gives that string's index."""

    def __init__(self):
        self.strings, self.index = [], {}

    def __call__(self, s):
        if s not in self.index:
            self.index[s] = len(self.strings)
            self.strings.append(s)
        return self.index[s]

    def sst(self):
        n = len(self.strings)
        return (f'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="{n}" uniqueCount="{n}">'
                + "".join(f'<si><t xml:space="preserve">{xe(s)}</t></si>' for s in self.strings) + '</sst>')


def sheet_body(rows, si, widths=None, merge=None, title_style=True):
    """A worksheet's <cols>, <sheetData> and <mergeCells>. A cell is str (shared string through si),
    int/float, or ('date', 'YYYY-MM-DD'), stored as an Excel serial in date style 1; title_style puts
    the first row's strings in bold style 2 and the others in style 0."""
    data = []
    for r, row in enumerate(rows, 1):
        cells = []
        for c, v in enumerate(row):
            ref = f"{col(c)}{r}"
            if v is None or v == "":
                continue
            if isinstance(v, tuple) and v[0] == "date":
                cells.append(f'<c r="{ref}" s="1"><v>{serial(v[1])}</v></c>')
            elif isinstance(v, (int, float)):
                cells.append(f'<c r="{ref}"><v>{v}</v></c>')
            else:
                st = f' s="{2 if r == 1 else 0}"' if title_style else ""
                cells.append(f'<c r="{ref}" t="s"{st}><v>{si(str(v))}</v></c>')
        data.append(f'<row r="{r}">{"".join(cells)}</row>')
    cols = mg = ""
    if widths:
        cols = "<cols>" + "".join(f'<col min="{i + 1}" max="{i + 1}" width="{w}" customWidth="1"/>' for i, w in enumerate(widths)) + "</cols>"
    if merge:
        mg = f'<mergeCells count="{len(merge)}">' + "".join(f'<mergeCell ref="{m}"/>' for m in merge) + "</mergeCells>"
    return f'{cols}<sheetData>{"".join(data)}</sheetData>{mg}'


def write_xlsx(path, sheet, rows, title, widths=None, creator="Administrator", created="2020-11-17T08:40:00Z", merge=None):
    """rows: list of lists; a cell is str (shared string), int/float, or ('date', 'YYYY-MM-DD')."""
    si = Strings()
    sheet_xml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                 f'{sheet_body(rows, si, widths, merge)}</worksheet>')
    sst = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' + si.sst()
    styles = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
              '<numFmts count="1"><numFmt numFmtId="176" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/></numFmts>'
              '<fonts count="2"><font><sz val="11"/><name val="宋体"/></font><font><b/><sz val="11"/><name val="宋体"/></font></fonts>'
              '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>'
              '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
              '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
              '<cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
              '<xf numFmtId="176" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
              '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs></styleSheet>')
    wb = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
          f'<sheets><sheet name="{xe(sheet)}" sheetId="1" r:id="rId1"/></sheets></workbook>')
    wbrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
              '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
              '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>'
              '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>')
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
          '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
          '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
          '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
          '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>')
    write_zip(path, [("[Content_Types].xml", ct), ("_rels/.rels", rels), ("xl/workbook.xml", wb),
                     ("xl/_rels/workbook.xml.rels", wbrels), ("xl/worksheets/sheet1.xml", sheet_xml),
                     ("xl/sharedStrings.xml", sst), ("xl/styles.xml", styles),
                     ("docProps/core.xml", core_xml(title, creator, created))])


def write_text(path, lines, enc="utf-8", crlf=False, bom=False):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    nl = "\r\n" if crlf else "\n"
    data = nl.join(lines) + nl
    b = data.encode(enc)
    if bom:
        b = b"\xef\xbb\xbf" + b
    with open(path, "wb") as f:
        f.write(b)


def write_doc_docx(path, p, when=(2020, 11, 19, 9, 0, 0)):
    """p: title, body (str | (cls,str) | ('table', rows)), sign, after, created, modified, author."""
    def run(t, bold=False, size=32, font="仿宋_GB2312"):
        b = "<w:b/>" if bold else ""
        return (f'<w:r><w:rPr><w:rFonts w:ascii="{font}" w:eastAsia="{font}" w:hAnsi="{font}"/>{b}'
                f'<w:sz w:val="{size}"/></w:rPr><w:t xml:space="preserve">{xe(t)}</w:t></w:r>')

    def para(t, jc=None, ind=True, bold=False, size=32, font="仿宋_GB2312"):
        ppr = "<w:pPr>"
        if jc:
            ppr += f'<w:jc w:val="{jc}"/>'
        if ind and not jc:
            ppr += '<w:ind w:firstLineChars="200" w:firstLine="640"/>'
        ppr += '<w:spacing w:line="560" w:lineRule="exact"/></w:pPr>'
        return f"<w:p>{ppr}{run(t, bold, size, font) if t else ''}</w:p>"

    out = []
    if p.get("docno"):
        out.append(para(p["docno"], jc="center"))
    out.append(para(p["title"], jc="center", bold=True, size=44, font="方正小标宋简体"))
    out.append(para(""))
    for x in p["body"]:
        if isinstance(x, tuple) and x[0] == "table":
            rows = []
            for r in x[1]:
                cells = "".join(f'<w:tc><w:tcPr><w:tcW w:w="0" w:type="auto"/></w:tcPr>{para(str(c), jc="center", size=21, font="宋体")}</w:tc>' for c in r)
                rows.append(f"<w:tr>{cells}</w:tr>")
            out.append('<w:tbl><w:tblPr><w:tblW w:w="5000" w:type="pct"/><w:tblBorders>'
                       + "".join(f'<w:{s} w:val="single" w:sz="4" w:space="0" w:color="000000"/>' for s in ("top", "left", "bottom", "right", "insideH", "insideV"))
                       + "</w:tblBorders></w:tblPr>" + "".join(rows) + "</w:tbl>")
        elif isinstance(x, tuple):
            cls, t = x
            if cls == "h":
                out.append(para(t, bold=True, font="黑体"))
            elif cls == "c":
                out.append(para(t, jc="center"))
            elif cls == "r":
                out.append(para(t, jc="right"))
            else:
                out.append(para(t, ind=False))
        else:
            out.append(para(x))
    if p.get("sign"):
        out.append(para(""))
        for s in p["sign"]:
            out.append(para(s, jc="right"))
    for s in p.get("after", []):
        out.append(para(s, ind=False))
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
           'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:body>'
           + "".join(out) +
           '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1588" w:header="851" w:footer="992" w:gutter="0"/></w:sectPr>'
           '</w:body></w:document>')
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
          '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
          '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>'
          '</Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
            '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>'
            '</Relationships>')
    core = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            f'<dc:title></dc:title><dc:creator>{xe(p.get("author", "Administrator"))}</dc:creator>'
            f'<cp:lastModifiedBy>{xe(p.get("author", "Administrator"))}</cp:lastModifiedBy>'
            f'<dcterms:created xsi:type="dcterms:W3CDTF">{p["created"]}</dcterms:created>'
            f'<dcterms:modified xsi:type="dcterms:W3CDTF">{p["modified"]}</dcterms:modified>'
            '</cp:coreProperties>')
    app = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
           f'<Application>{xe(p.get("app", "WPS Office_11.1.0.9912"))}</Application></Properties>')
    write_zip(path, [("[Content_Types].xml", ct), ("_rels/.rels", rels), ("docProps/core.xml", core),
                     ("docProps/app.xml", app), ("word/document.xml", doc)], when)


def write_book_xlsx(path, p, when=(2020, 11, 19, 9, 0, 0)):
    """p: sheets [(name, rows, merges)], created, modified. A cell is str, int/float, or
    ('date', 'YYYY-MM-DD') which is stored as an Excel serial with a date format."""
    si = Strings()
    sheets_xml = []
    for name, rows, merges in p["sheets"]:
        sheets_xml.append('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                          '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
                          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
                          f'{sheet_body(rows, si, p.get("widths"), merges, title_style=False)}</worksheet>')
    sst = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' + si.sst()
    styles = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
              '<fonts count="1"><font><sz val="11"/><name val="宋体"/><charset val="134"/></font></fonts>'
              '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>'
              '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
              '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
              '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
              '<xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>'
              '</styleSheet>')
    n = len(sheets_xml)
    wb = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>'
          + "".join(f'<sheet name="{xe(p["sheets"][i][0])}" sheetId="{i + 1}" r:id="rId{i + 1}"/>' for i in range(n))
          + "</sheets></workbook>")
    wbrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
              + "".join(f'<Relationship Id="rId{i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet{i + 1}.xml"/>' for i in range(n))
              + f'<Relationship Id="rId{n + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
              + f'<Relationship Id="rId{n + 2}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>'
              + "</Relationships>")
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
          + "".join(f'<Override PartName="/xl/worksheets/sheet{i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' for i in range(n))
          + '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
          '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
          '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
          '</Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
            '</Relationships>')
    core = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:creator>Administrator</dc:creator>'
            f'<dcterms:created xsi:type="dcterms:W3CDTF">{p["created"]}</dcterms:created>'
            f'<dcterms:modified xsi:type="dcterms:W3CDTF">{p["modified"]}</dcterms:modified>'
            '</cp:coreProperties>')
    write_zip(path, [("[Content_Types].xml", ct), ("_rels/.rels", rels), ("docProps/core.xml", core),
                     ("xl/workbook.xml", wb), ("xl/_rels/workbook.xml.rels", wbrels), ("xl/styles.xml", styles),
                     ("xl/sharedStrings.xml", sst)] + [(f"xl/worksheets/sheet{i + 1}.xml", s) for i, s in enumerate(sheets_xml)], when)
