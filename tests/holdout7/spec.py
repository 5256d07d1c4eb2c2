"""Hold-out 7: data and the page templates only it uses (scripts/make-holdout 7).

Composed from the seed notice and general knowledge of county portals, provincial 信息公开 platforms,
WeChat/Weibo/政务APP pages and official documents only (see README.md, independence statement).
Plumbing (render queue, OOXML writers, image-only PDFs, validation) is scripts/evidence.
"""
import math
import os

from evidence.dates import cn, cn_upper, today_bar, when
from evidence.labels import counts, files_section
from evidence.office import write_book_xlsx, write_doc_docx, write_text
from evidence.postprocess import image_pdf
from evidence.templates import FONT, SERIF, esc, html_doc, paras_html

REPACK_PNG = True
ZIP_ALL_PARENTS = True
WIDTHS = (414, 720, 750, 828, 1080, 1366, 1920, 1440, 1200)
MINIMUMS = {"files": 70, "indicators": 25}
SCANNED = []            # image-only PDFs not named 扫描件 (filled by compose)

NOISE = ("url(\"data:image/svg+xml;utf8,<svg xmlns='http://www.w3.org/2000/svg' width='300' height='300'>"
         "<filter id='n'><feTurbulence type='fractalNoise' baseFrequency='.9' numOctaves='2' stitchTiles='stitch'/>"
         "<feColorMatrix type='saturate' values='0'/></filter><rect width='100%' height='100%' filter='url(%23n)'/></svg>\")")


def noise_div(op=0.10):
    return (f'<div style="position:fixed;left:0;top:0;right:0;bottom:0;pointer-events:none;'
            f'background:{NOISE.replace(chr(34), "&quot;")};opacity:{op};mix-blend-mode:multiply"></div>')


# ---------------------------------------------------------------- portal families

CMS_CSS = """
*{margin:0;padding:0;box-sizing:border-box}
body{font-family:%(font)s;background:%(bg)s;color:#333;width:%(w)spx;height:%(h)spx;overflow:hidden;font-size:%(fs)spx;position:relative}
.top{background:%(c1)s;color:#fff;height:%(hh)spx;padding:18px %(pad)spx}
.top .t{font-size:%(tf)spx;font-weight:bold;letter-spacing:2px}
.top .e{font-size:12px;opacity:.85}
.top .q{float:right;font-size:12px;margin-top:6px;opacity:.9}
.menu{background:%(c2)s;height:40px;line-height:40px;padding:0 %(pad)spx}
.menu a{color:#fff;margin-right:36px;font-size:15px}
.cont{margin:12px %(pad)spx;background:#fff;padding:16px 36px 24px;border:1px solid #ddd}
.bc{font-size:13px;color:#888;padding-bottom:8px;border-bottom:1px solid #eee;margin-bottom:14px}
h1{font-size:%(h1)spx;text-align:center;line-height:1.5;color:#1d1d1d;margin:6px 0 10px}
.by{text-align:center;font-size:13px;color:%(byc)s;padding-bottom:10px;border-bottom:1px solid #e5e5e5;margin-bottom:14px;word-spacing:6px}
.by span{margin:0 10px}
.tx p{text-indent:2em;line-height:1.9;margin-bottom:6px}
.tx p.r{text-align:right;text-indent:0}
.tx table{border-collapse:collapse;width:100%%;font-size:13px;margin:6px 0}
.tx td,.tx th{border:1px solid #aaa;padding:3px 5px;text-align:center}
.grid{border-collapse:collapse;width:100%%;font-size:%(gf)spx;margin-bottom:14px;color:%(gc)s}
.grid td{border:1px solid #d6dde6;padding:5px 8px}
.grid td.k{background:#f0f4f8;width:11%%;white-space:nowrap}
.lst li{list-style:none;display:flex;line-height:38px;border-bottom:1px dashed #ddd;font-size:15px}
.lst li b{flex:1;font-weight:normal}
.lst li i{font-style:normal;color:#999}
.ft{margin:0 %(pad)spx;font-size:12px;color:#888;text-align:center;line-height:22px;padding:8px}
.rel{margin-top:12px;border-top:1px solid %(c1)s;padding-top:6px;font-size:14px;line-height:26px}
.rel i{font-style:normal;color:#999;float:right}
"""


def cms(p):
    """A county CMS page. p: w, h, fam (colour family), site, url, crumb, title, byline (a string, shown
    as is), grid [(k, v)...], paras, listing, related, footer, frame (url, date, time), q, noise, fmt."""
    w, h = p.get("w", 1366), p.get("h", 900)
    fam = {"blue": ("#1d5fa8", "#164a86", "#f1f4f8"), "green": ("#2e7d4f", "#23633e", "#f2f5f2"),
           "red": ("#b71c1c", "#8e1414", "#f6f1f1"), "teal": ("#127a86", "#0c5c66", "#eef5f6"),
           "gray": ("#3d4a5a", "#2c3744", "#f3f3f3")}[p.get("fam", "blue")]
    pad = 60 if w <= 1366 else 260
    css = CMS_CSS % {"font": FONT, "bg": fam[2], "w": w, "h": h, "fs": p.get("fs", 15), "c1": fam[0], "c2": fam[1],
                     "hh": 84, "pad": pad, "tf": 30, "h1": p.get("h1", 23), "byc": p.get("byc", "#888"),
                     "gf": p.get("gf", 13), "gc": p.get("gc", "#444")}
    site = p.get("site", "霸州市人民政府")
    top = (f'<div class="top"><span class="q">{esc(p.get("topbar", ""))}</span><div class="t">{esc(site)}</div>'
           f'<div class="e">{esc(p.get("en", "www.bazhou.gov.cn"))}</div></div>'
           '<div class="menu">' + "".join(f"<a>{esc(m)}</a>" for m in p.get("menu", ["首页", "政务公开", "政务服务", "互动交流", "数据开放"])) + "</div>")
    inner = f'<div class="bc">{esc(p.get("crumb", ""))}</div>' if p.get("crumb") else ""
    if p.get("grid"):
        g = p["grid"]
        rows = ""
        for i in range(0, len(g), 3):
            rows += "<tr>" + "".join(f'<td class="k">{esc(k)}</td><td>{esc(v)}</td>' for k, v in g[i:i + 3]) + "</tr>"
        inner += f'<table class="grid">{rows}</table>'
    if p.get("listing") is not None:
        inner += f'<h1 style="text-align:left;font-size:19px">{esc(p["title"])}</h1><ul class="lst">'
        inner += "".join(f"<li><b>{esc(t)}</b><i>{esc(d)}</i></li>" for t, d in p["listing"]) + "</ul>"
    else:
        inner += f'<h1>{esc(p["title"])}</h1>'
        if p.get("byline"):
            inner += f'<div class="by">{p["byline"]}</div>'
        inner += f'<div class="tx">{paras_html(p["paras"])}</div>'
        if p.get("related"):
            inner += ('<div class="rel"><b>相关文章</b>' + "".join(f"<div>{esc(t)}<i>{esc(d)}</i></div>" for t, d in p["related"]) + "</div>")
    foot = p.get("footer", f"主办：{site}办公室　承办：霸州市融媒体中心　网站标识码：1310810001　冀ICP备05012345号")
    page = top + f'<div class="cont">{inner}</div><div class="ft">{esc(foot)}</div>'
    if p.get("noise"):
        page += noise_div(p["noise"])
    q = p.get("q", 60)
    if p.get("frame"):
        url, d, t = p["frame"]
        fh = 74
        css += (f".win{{position:absolute;left:0;top:0;width:{w}px;height:{h}px;overflow:hidden;background:#fff}}"
                ".chr{height:74px;background:#dee1e6;font-size:13px}.tab{display:inline-block;margin:8px 0 0 10px;background:#fff;width:230px;height:30px;line-height:30px;padding:0 10px;border-radius:8px 8px 0 0;overflow:hidden;white-space:nowrap}"
                ".adr{margin:4px 10px;background:#fff;height:28px;line-height:28px;border-radius:14px;padding:0 16px;color:#202124;font-size:14px}"
                f".view{{position:absolute;top:{fh}px;left:0;right:0;bottom:40px;overflow:hidden}}"
                ".tk{position:absolute;left:0;right:0;bottom:0;height:40px;background:#1f1f1f;color:#fff}.tk .ck{float:right;text-align:center;font-size:12px;line-height:17px;padding:3px 14px}")
        page = (f'<div class="win"><div class="chr"><span class="tab">{esc(p["title"][:14])}</span>'
                f'<div class="adr">{esc(url)}</div></div><div class="view">{page}</div>'
                f'<div class="tk"><div class="ck">{esc(t)}<br>{esc(d)}</div></div></div>')
    return html_doc(p["title"], css, page), (w, h, q)


# ---------------------------------------------------------------- phones

PH_CSS = """
*{margin:0;padding:0;box-sizing:border-box}
html{zoom:%(z)s}
body{font-family:%(font)s;background:#fff;color:#222;width:414px;overflow:hidden;position:relative}
.sb{height:26px;line-height:26px;font-size:13px;padding:0 14px;background:%(bar)s;color:%(barc)s}
.sb span{float:right}
.nb{height:44px;line-height:44px;text-align:center;font-size:16px;background:%(bar)s;color:%(barc)s;border-bottom:1px solid #e5e5e5}
.a{padding:16px 16px 20px}
.a h2{font-size:21px;line-height:30px;margin-bottom:10px}
.a .m{font-size:13px;color:%(mc)s;margin-bottom:16px}
.a .m b{font-weight:normal;color:#576b95;margin:0 8px}
.a p{font-size:16px;line-height:28px;margin-bottom:12px;color:#333;text-align:justify}
.a .pic{height:150px;margin:0 0 12px;background:linear-gradient(120deg,#7fa6c9,#2f5d8a);color:#fff;text-align:center;padding-top:60px;font-size:17px}
.a .grey{font-size:13px;color:#aaa}
.wb{padding:12px 14px;border-bottom:8px solid #f2f2f2}
.wb .av{float:left;width:42px;height:42px;border-radius:21px;background:#d4380d;color:#fff;text-align:center;line-height:42px;font-size:13px;margin-right:10px}
.wb .nm{font-size:15px;color:#f86d27;line-height:21px}
.wb .tm{font-size:12px;color:#9e9e9e;line-height:20px}
.wb .tx{clear:both;font-size:15px;line-height:25px;padding-top:8px}
.wb .tx a{color:#f86d27}
.wb .op{display:flex;justify-content:space-around;color:#888;font-size:13px;margin-top:8px;border-top:1px solid #eee;padding-top:6px}
.ap{padding:14px}
.ap h2{font-size:19px;line-height:28px}
.ap .m{font-size:12px;color:#999;margin:8px 0 12px;border-bottom:1px solid #eee;padding-bottom:8px}
.ap p{font-size:15px;line-height:26px;margin-bottom:10px}
.li{display:flex;border-bottom:1px solid #eee;padding:10px 0}
.li b{flex:1;font-weight:normal;font-size:15px;line-height:22px}
.li i{font-style:normal;font-size:12px;color:#aaa;margin-left:8px}
"""


def phone(p):
    """p: w (414..1080), h, kind (wechat, weibo, app, list), bar, clock, ... returns (html, size)."""
    w = p.get("w", 414)
    z = round(w / 414, 4)
    h = p.get("h", round(896 * z))
    bar, barc = p.get("bar", ("#ededed", "#111"))
    css = PH_CSS % {"font": FONT, "z": z, "bar": bar, "barc": barc, "mc": p.get("mc", "#b2b2b2")}
    sb = f'<div class="sb">{esc(p.get("clock", "10:24"))}<span>{esc(p.get("sig", "5G 64%"))}</span></div>'
    k = p["kind"]
    if k == "wechat":
        pic = f'<div class="pic">{esc(p["pic"])}</div>' if p.get("pic") else ""
        body = (f'{sb}<div class="nb">{esc(p.get("nb", "　"))}</div><div class="a"><h2>{esc(p["title"])}</h2>'
                f'<div class="m">{p["meta"]}</div>{pic}{paras_html(p["paras"])}'
                f'<div class="grey">{esc(p.get("tail", "阅读 3586　　在看 21"))}</div></div>')
    elif k == "weibo":
        posts = "".join(f'<div class="wb"><div class="av">{esc(x.get("av", "发布"))}</div><div class="nm">{esc(x["name"])}</div>'
                        f'<div class="tm">{esc(x["time"])}</div><div class="tx">{x["text"]}</div>'
                        f'<div class="op"><span>转发 {x.get("rt", 8)}</span><span>评论 {x.get("cm", 3)}</span><span>赞 {x.get("lk", 27)}</span></div></div>'
                        for x in p["posts"])
        body = f'{sb}<div class="nb">{esc(p.get("nb", "微博正文"))}</div>{posts}'
    elif k == "app":
        body = (f'{sb}<div class="nb">{esc(p.get("nb", "冀时办"))}</div><div class="ap"><h2>{esc(p["title"])}</h2>'
                f'<div class="m">{p["meta"]}</div>{paras_html(p["paras"])}</div>')
    else:
        its = "".join(f'<div class="li"><b>{esc(t)}</b><i>{esc(d)}</i></div>' for t, d in p["items"])
        body = f'{sb}<div class="nb">{esc(p.get("nb", ""))}</div><div class="ap"><h2>{esc(p["title"])}</h2>{its}</div>'
    if p.get("noise"):
        body += noise_div(p["noise"])
    return html_doc(p.get("title", "手机"), css, body), (w, h, p.get("q", 70))


# ---------------------------------------------------------------- paper: red-header documents, seals, photos, scans

PAPER_CSS = """
*{margin:0;padding:0;box-sizing:border-box}
.paper{width:794px;min-height:1123px;padding:74px 86px 60px;background:#fff;font-family:%(serif)s;color:#111;font-size:19px;line-height:1.78;position:relative}
.red{color:#d0101a;text-align:center;font-size:%(rs)spx;letter-spacing:%(ls)spx;line-height:1.25;margin-top:6px}
.no{text-align:center;font-size:17px;margin:16px 0 4px}
.rl{border-top:3px solid #d0101a;margin-bottom:24px}
h1{font-size:24px;text-align:center;font-weight:normal;line-height:1.5;margin:10px 0 18px}
p{text-indent:2em;text-align:justify}
p.n{text-indent:0}
p.r{text-align:right;text-indent:0;padding-right:28px}
table{border-collapse:collapse;width:100%%;font-size:14px;line-height:1.5;margin:8px 0}
td,th{border:1px solid #222;padding:3px 4px;text-align:center;font-weight:normal}
.sig{margin-top:30px;position:relative}
.seal{position:absolute;width:168px;height:168px;border:4px solid rgba(214,20,30,.72);border-radius:50%%;mix-blend-mode:multiply}
.seal .st{position:absolute;left:0;right:0;top:50px;text-align:center;font-size:46px;color:rgba(214,20,30,.75)}
.seal .ch{position:absolute;left:78px;top:6px;width:14px;font-size:17px;color:rgba(214,20,30,.75);transform-origin:6px 78px}
.seal .bt{position:absolute;left:0;right:0;top:110px;text-align:center;font-size:13px;color:rgba(214,20,30,.72)}
.yf{margin-top:40px;border-top:1px solid #222;border-bottom:1px solid #222;font-size:16px;padding:3px 6px;display:flex;justify-content:space-between}
"""


def seal(unit, left, top, kind=""):
    n = len(unit)
    span = 250
    chars = "".join(
        f'<span class="ch" style="transform:rotate({-span / 2 + span * i / max(n - 1, 1):.1f}deg)">{esc(c)}</span>'
        for i, c in enumerate(unit))
    return (f'<div class="seal" style="left:{left}px;top:{top}px">{chars}<div class="st">★</div>'
            f'<div class="bt">{esc(kind)}</div></div>')


def paper_html(d):
    """d: red, no, title, to, paras (strings or raw html), sign [lines], seal (dx, dy) relative to the
    signature block, seal_unit, after, yinfa, extra_css."""
    parts = []
    if d.get("red"):
        parts.append(f'<div class="red">{esc(d["red"])}</div>')
        if d.get("no"):
            parts.append(f'<div class="no">{esc(d["no"])}</div>')
        parts.append('<div class="rl"></div>')
    elif d.get("no"):
        parts.append(f'<div class="no" style="text-align:right">{esc(d["no"])}</div>')
    parts.append(f'<h1>{esc(d["title"])}</h1>')
    if d.get("to"):
        parts.append(f'<p class="n">{esc(d["to"])}</p>')
    parts.append(paras_html(d["paras"]))
    if d.get("sign"):
        s = "".join(f'<p class="r">{esc(x)}</p>' for x in d["sign"])
        if d.get("seal"):
            dx, dy = d["seal"]
            s += seal(d.get("seal_unit", d["sign"][0]), dx, dy, d.get("seal_kind", ""))
        parts.append(f'<div class="sig">{s}</div>')
    if d.get("after"):
        parts.append(paras_html(d["after"]))
    if d.get("yinfa"):
        a, b = d["yinfa"]
        parts.append(f'<div class="yf"><span>{esc(a)}</span><span>{esc(b)}</span></div>')
    rs = d.get("rs", 40)
    css = PAPER_CSS % {"serif": SERIF, "rs": rs, "ls": d.get("ls", 4)} + d.get("extra_css", "")
    return css, '<div class="paper">' + "".join(parts) + "</div>"


def scan_look(d, dpi=150, gray=False, rotate=0.5, q=55):
    """A flatbed scan of the paper at dpi (A4): 150 -> 1240 px wide, 200 -> 1654, 300 -> 2480."""
    css, paper = paper_html(d)
    W = {150: 1240, 200: 1654, 300: 2480}[dpi]
    H = round(W * 297 / 210)
    sc = W / 794 * 0.96
    filt = "grayscale(1) contrast(1.3)" if gray else "contrast(1.12) saturate(.9)"
    css += (f"html,body{{width:{W}px;height:{H}px;overflow:hidden;background:#fbfaf6}}"
            f".paper{{position:absolute;left:{W * .02:.0f}px;top:{H * .015:.0f}px;transform:rotate({rotate}deg) scale({sc:.3f});"
            f"transform-origin:0 0;filter:{filt} blur(.35px);background:#fbfaf6}}")
    return html_doc("scan", css, paper + noise_div(.13)), (W, H, q)


def photo_look(d, w=1080, h=1440, rotate=-3, q=62, shade=.25):
    """A phone photo of the paper on a desk (the sheet fills most of the frame)."""
    css, paper = paper_html(d)
    sc = w / 794 * 0.88
    css += (f"html,body{{width:{w}px;height:{h}px;overflow:hidden;background:radial-gradient(ellipse at 30% 30%,#9b8b74,#5c4c3a 75%)}}"
            f".paper{{position:absolute;left:{w * .06:.0f}px;top:{h * .04:.0f}px;transform:rotate({rotate}deg) scale({sc:.3f});transform-origin:0 0;"
            "background:#f3efe4;box-shadow:10px 16px 36px rgba(0,0,0,.5);filter:blur(.5px)}"
            f".sh{{position:absolute;left:0;top:0;width:100%;height:100%;background:linear-gradient(150deg,rgba(255,255,255,.15),rgba(0,0,0,0) 45%,rgba(0,0,0,{shade}))}}")
    return html_doc("photo", css, paper + '<div class="sh"></div>' + noise_div(.12)), (w, h, q)


def screen_photo(inner, w=1440, h=1080, q=58, tilt=2.5):
    """A phone photo of a monitor showing a page: the page html (rendered 1366x768 inside a bezel),
    a slight perspective, moiré lines and glare."""
    html_text, _ = inner
    body = html_text[html_text.index("<body>") + 6:html_text.rindex("</body>")]
    style = html_text[html_text.index("<style>") + 7:html_text.index("</style>")]
    style = style.replace("body{", ".scr{")
    css = (style + f"html,body{{width:{w}px;height:{h}px;overflow:hidden;background:#2a2724;margin:0}}"
           f".mon{{position:absolute;left:{w * .04:.0f}px;top:{h * .06:.0f}px;width:1406px;height:808px;background:#111;padding:20px;border-radius:8px;"
           f"transform:perspective(1600px) rotateY({tilt}deg) rotateZ(-.8deg) scale({(w * .93) / 1406:.3f});transform-origin:0 0}}"
           ".scr{width:1366px!important;height:768px!important;overflow:hidden;position:relative;filter:blur(.6px) brightness(1.05)}"
           ".moire{position:absolute;left:0;top:0;width:100%;height:100%;background:repeating-linear-gradient(12deg,rgba(0,0,0,.06) 0 2px,rgba(0,0,0,0) 2px 5px);pointer-events:none}"
           ".glare{position:absolute;left:0;top:0;width:100%;height:100%;background:radial-gradient(ellipse at 70% 20%,rgba(255,255,255,.35),rgba(255,255,255,0) 45%)}")
    return html_doc("IMG", css, f'<div class="mon"><div class="scr">{body}<div class="moire"></div><div class="glare"></div></div></div>' + noise_div(.1)), (w, h, q)


def pdf_html(d, extra=""):
    """A printable A4 page (text PDF) of the paper."""
    css, paper = paper_html(d)
    css += "@page{size:A4;margin:0}" + extra
    return html_doc(d["title"], css, paper)


# ---------------------------------------------------------------- helpers

def byline(date_s, src, extra=""):
    """The unlabelled byline of an article page: date first, then 来源 / 作者 / 字体."""
    return (f'<span>{esc(date_s)}</span><span>来源：{esc(src)}</span><span>作者：{esc(extra)}</span>'
            '<span>字体：大 中 小</span><span>【打印】【关闭】</span>')


def today(s):
    return today_bar(s)


def paras_plain(*ps):
    return list(ps)


# ---------------------------------------------------------------- the inbox

def compose(o):
    L = o.label
    pending_scans = []
    o._scans = pending_scans

    def scan(src, d, dpi, stamp, gray=False, rotate=.5, q=55, producer="Canon DR-C225 TWAIN"):
        h, size = scan_look(d, dpi, gray, rotate, q)
        img = os.path.join(o.tmp, f"scan{len(pending_scans):03d}.jpg")
        o.jobs[0].append(("shot", o.html_file(h), img, size))
        pending_scans.append((img, o.path(src), producer, stamp))
        if "扫描件" not in src:
            SCANNED.append(src)

    def shot(src, page):
        o.shot(src, page)

    # ============ 1. county CMS article pages (several vendors), unlabelled bylines, URLs ============
    shot("01-政府办/截图1.png", cms(dict(
        w=1920, h=1080, fam="blue", frame=("www.bazhou.gov.cn/art/2020/9/3/art_1342_58211.html", "2020/11/18", "16:07"),
        crumb="当前位置：首页 > 政务公开 > 政府常务会议", title="市政府召开第三十一次常务会议",
        byline=byline("2020年9月3日", "霸州市人民政府办公室"),
        paras=["9月2日下午，市长主持召开市政府第三十一次常务会议，研究审议《霸州市城区停车设施规划建设管理办法》等事项。",
               "会议决定，《霸州市城区停车设施规划建设管理办法》经修改完善后印发实施；同意2020年秋冬季清洁取暖改造实施方案；同意对城区三条背街小巷实施提升改造。",
               "会议要求，相关部门按照职责分工抓好落实，涉及群众切身利益的事项要通过门户网站及时向社会公开。"],
        related=[("市政府召开第三十次常务会议", "2020-08-14"), ("市政府召开第二十九次常务会议", "2020-07-24")])))
    L("01-政府办/截图1.png", "1.1", "2020-09-03", "screenshot",
      "常务会议研究决定事项的公开（决策公开）；1920宽带地址栏，地址中 /art/2020/9/3/；标题下无标签署名行“2020年9月3日 来源：… 作者： 字体：大 中 小”；会议日期9月2日、相关文章日期与任务栏时钟2020/11/18为干扰。",
      trap="无标签署名行+地址栏URL")

    shot("01-政府办/截图2.jpg", cms(dict(
        w=1366, h=860, fam="red", q=48, topbar=today("2020-11-16"),
        crumb="当前位置：首页 > 政府信息公开 > 重点工作 > 六稳六保", title="我市上半年“六稳”“六保”工作落实情况",
        byline=f'<span>发布时间：2020-07-21 10:32</span><span>信息来源：市发展和改革局</span><span>浏览次数：412</span>',
        paras=["今年以来，我市认真贯彻落实中央和省、廊坊市关于做好“六稳”工作、落实“六保”任务的决策部署，截至6月30日，全市新增城镇就业3216人，为1260家市场主体减免税费1.8亿元。",
               "一是稳就业保民生。二是稳企业保市场主体。三是稳投资保产业链供应链稳定。下一步，我市将按照市政府工作报告确定的目标任务，逐月调度，及时公开执行进展。"])))
    L("01-政府办/截图2.jpg", "1.2", "2020-07-21", "screenshot",
      "六稳六保落实情况（执行公开）；标签“发布时间：2020-07-21 10:32”；今天是栏11-16、截至6月30日为干扰；JPEG质量低。")

    # the same CMS template from four townships (a 乡镇专栏 template), different content
    towns = [
        ("南孟镇（街道）", "南孟镇2020年村务公开事项目录公布", "2020年10月26日", "3.2",
         ["根据全市基层政务公开标准化规范化工作部署，南孟镇编制完成村务公开事项目录，涵盖党务、村务、财务三类共42项。",
          "各村应于每季度首月10日前更新公开栏，财务收支情况逐月公开。"], "南孟镇人民政府"),
        ("信安镇", "信安镇基层政务公开标准目录（2020年版）", "2020年10月29日", "3.2",
         ["信安镇对照26个试点领域基层政务公开标准指引，梳理形成本镇政务公开标准目录，包括公开事项、公开依据、公开时限、公开主体、公开渠道等要素。",
          "目录共涉及就业、社会救助、养老服务、户籍管理等14个领域98项。"], "信安镇人民政府"),
        ("堂二里镇", "堂二里镇2020年秋季防汛应急演练", "2020年8月7日", "2.11",
         ["8月6日上午，堂二里镇在中亭河堤段开展防汛应急抢险演练，模拟河道管涌险情处置和群众转移安置。",
          "镇防汛抗旱指挥部同步发布汛期预警信息，提醒群众远离河道、低洼地带。"], "堂二里镇人民政府"),
        ("康仙庄乡", "康仙庄乡2020年高龄老人津贴发放名单公示", "2020年9月18日", "2.6",
         ["根据养老服务扶持政策，现将2020年第三季度80周岁以上高龄老人津贴发放名单予以公示，公示期为2020年9月18日至9月25日。",
          "如有异议，请在公示期内向乡民政所反映。联系电话：0316-7xxxxxx。"], "康仙庄乡人民政府"),
    ]
    for i, (unit, title, d, ind, ps, src) in enumerate(towns):
        f = f"{unit}/{['网站截图.png', '专栏截图.jpg', '截图.png', '微信图片_20201112153006.jpg'][i]}"
        shot(f, cms(dict(w=1366, h=[820, 840, 800, 860][i], fam="green", site=src.replace("人民政府", "政务公开专栏"), en="霸州市人民政府网 > 乡镇专栏",
                         menu=["首页", "乡镇动态", "政务公开", "便民服务"], crumb=f"当前位置：首页 > 乡镇专栏 > {unit.split('（')[0]} > 政务公开",
                         title=title, byline=byline(d, src), paras=ps, q=[60, 50, 60, 45][i], noise=[0, .08, 0, .1][i])))
        rule = "无标签署名行日期"
        extra = {"3.2": "村务/基层目录（目录编制）", "2.11": "防汛演练与预警（灾害事故救援）", "2.6": "高龄津贴公示（养老服务，社会救助与福利）"}[ind]
        iso = "2020-%02d-%02d" % (int(d[5:d.index("月")]), int(d[d.index("月") + 1:d.index("日")]))
        L(f, ind, iso, "screenshot",
          f"{extra}；乡镇专栏同一模板；{rule} {d}" + ("；公示期为干扰" if ind == "2.6" else "") + ("；演练日期8月6日为干扰" if ind == "2.11" else "")
          + ("；文件名日期（微信图片_20201112…）为保存时间" if "微信图片" in f else ""),
          group="乡镇专栏模板（绿色）", trap="同模板不同乡镇")

    # ============ 2. provincial 信息公开 platform grid pages (grid with 发布日期 vs 成文日期) ============
    grids = [
        ("市政务公开办/平台截图-保密审查.png", "5.2", "霸州市政府信息公开保密审查办法", "2020-05-12", "2020-05-08", "霸政办字〔2020〕19号",
         ["第一条 为规范政府信息公开保密审查工作，根据《中华人民共和国政府信息公开条例》《河北省实施政府信息公开条例办法》，制定本办法。",
          "第二条 行政机关应当建立健全政府信息公开审查机制，明确审查的程序和责任，坚持“先审查、后公开”和“一事一审”原则。"],
         "政府信息公开制度", "霸州市人民政府办公室", dict(gf=12, gc="#777")),
        ("市民政局/信息公开平台截图.jpg", "2.6", "霸州市2020年10月城乡低保对象名单公示", "2020-10-09", "2020-10-09", "",
         ["根据《社会救助暂行办法》，经入户调查、民主评议和审核审批，现将2020年10月新增城乡最低生活保障对象予以公示，公示期7天。",
          "<table><tr><th>序号</th><th>乡镇</th><th>户主</th><th>保障人数</th><th>月保障金（元）</th></tr><tr><td>1</td><td>南孟镇</td><td>王**</td><td>2</td><td>1120</td></tr><tr><td>2</td><td>东段乡</td><td>李**</td><td>1</td><td>590</td></tr><tr><td>3</td><td>胜芳镇</td><td>赵**</td><td>3</td><td>1580</td></tr></table>"],
         "社会救助", "霸州市民政局", dict(q=40)),
        ("02-财政局/预算公开截图.png", "1.7", "霸州市财政局2020年部门预算公开", "2020-02-21", "2020-02-18", "",
         ["一、部门主要职责及机构设置。二、2020年部门预算收支总体情况：收入预算合计3,265.4万元，支出预算合计3,265.4万元。",
          "三、“三公”经费预算情况。四、项目支出绩效目标情况。附件：2020年部门预算公开表（共12张）。"],
         "财政预决算", "霸州市财政局", {}),
        ("市卫生健康局/截图_医疗机构.jpg", "2.14", "霸州市2020年第三季度医疗机构医疗服务价格及药品耗材采购信息", "2020-10-15", "2020-10-13", "",
         ["为加强医疗服务监管，现将全市二级以上公立医院第三季度医疗服务价格执行和药品、医用耗材集中采购情况予以公开。",
          "市人民医院、市中医医院均执行国家组织药品集中采购中选结果，中选药品按时回款率100%。"],
         "卫生健康", "霸州市卫生健康局", dict(gf=11, gc="#999", q=38, noise=.1)),
        ("市行政审批局/双随机清单截图.png", "2.4", "霸州市2020年度“双随机、一公开”随机抽查事项清单（动态调整）", "2020-06-29", "2020-06-24", "霸审批〔2020〕27号",
         ["根据全面推行“双随机、一公开”监管工作要求，现将调整后的本级随机抽查事项清单予以公布，共涉及14个部门82项抽查事项。",
          "各部门应严格按照清单开展抽查，抽查结果于抽查完成后20个工作日内通过国家企业信用信息公示系统向社会公示。"],
         "市场监管", "霸州市行政审批局", {}),
        ("东杨庄乡/平台截图.jpg", "5.1", "东杨庄乡政府信息公开指南（2020年修订）", "2020-04-17", "2020-04-15", "",
         ["为方便公民、法人和其他组织获取东杨庄乡人民政府信息，根据《中华人民共和国政府信息公开条例》，编制本指南。",
          "一、主动公开。二、依申请公开：申请人可通过当面、信函、网络等方式提出申请。受理机构：东杨庄乡党政综合办公室，办公时间：工作日上午8:30-12:00。"],
         "政府信息公开指南", "霸州市东杨庄乡人民政府", dict(gf=12)),
    ]
    for f, ind, title, pub, cw, no, ps, topic, org, ex in grids:
        idx = f"13108100{len(f) % 10}/2020-{int(pub[5:7]) * 100 + int(pub[8:]):05d}"
        grid = [("索引号", idx), ("主题分类", topic), ("发布机构", org), ("发布日期", pub), ("文号", no or "无"), ("成文日期", cw),
                ("名称", title), ("有效性", "有效"), ("公开方式", "主动公开")]
        p = dict(w=1366, h=900, fam="teal", site="霸州市政府信息公开平台", en="xxgk.bazhou.gov.cn",
                 menu=["首页", "政府信息公开指南", "政府信息公开制度", "法定主动公开内容", "政府信息公开年报", "依申请公开"],
                 crumb="当前位置：首页 > 政府信息公开 > 法定主动公开内容 > " + topic, grid=grid, title=title, paras=ps, q=55)
        p.update(ex)
        shot(f, cms(p))
        L(f, ind, pub, "screenshot",
          f"信息公开平台详情页，元数据网格（索引号/主题分类/发布机构/发布日期/文号/成文日期）；取发布日期 {pub}" + (f"，成文日期 {cw} 为干扰" if cw != pub else "，与成文日期同日")
          + ("；网格字小色浅" if ex.get("gc") else "") + ("；强JPEG压缩与噪点" if ex.get("q", 60) < 45 else "")
          + {"2.6": "；低保对象公示：社会救助（题材与体裁都指向2.6，非2.2）", "5.2": "；保密审查办法为信息公开制度（5.2）", "5.1": "；乡镇信息公开指南"}.get(ind, ""),
          trap="信息公开网格 发布日期≠成文日期" if cw != pub else "信息公开网格")

    # same grid re-shared: a 市政府办 notice republished in the platform of two units
    for f, org in [("市教育和体育局/转发-政务公开培训通知.png", "霸州市教育和体育局"), ("胜芳镇/转发通知截图.png", "霸州市胜芳镇人民政府")]:
        shot(f, cms(dict(w=1366, h=860, fam="teal", site="霸州市政府信息公开平台", en="xxgk.bazhou.gov.cn",
                         menu=["首页", "政府信息公开指南", "政府信息公开制度", "法定主动公开内容", "政府信息公开年报", "依申请公开"],
                         crumb="当前位置：首页 > 政府信息公开 > 部门信息 > " + org,
                         grid=[("索引号", "131081002/2020-01024"), ("主题分类", "其他"), ("发布机构", org), ("发布日期", "2020-10-22"),
                               ("文号", "霸政办〔2020〕82号"), ("成文日期", "2020-10-19"), ("名称", "关于举办全市政务公开业务培训班的通知"),
                               ("有效性", "有效"), ("公开方式", "主动公开")],
                         title="关于举办全市政务公开业务培训班的通知（转发）",
                         paras=["各乡镇（区、办），市政府各部门：", "为提升全市政务公开工作人员业务能力，经研究，定于2020年10月29日在迎宾大厦三楼会议室举办全市政务公开业务培训班。",
                                "培训内容：新修订《政府信息公开条例》解读、依申请公开答复规范、政府信息公开平台操作。请各单位于10月27日前报送参训人员名单。"])))
        L(f, "8.4", "2020-10-22", "screenshot",
          "政务公开业务培训通知（业务培训）；同一通知由两个单位在平台转发；取网格发布日期2020-10-22；成文日期10-19、培训日期10-29（晚于发布）、报名截止10-27为干扰。",
          group="转发：政务公开业务培训通知", trap="同一通知多单位转发")

    # ============ 3. WeChat articles at several phone sizes ============
    wx = [
        ("市政务公开办/Screenshot_20201109_203118.jpg", 1080, "8.4", "2020-10-30", "霸州市举办2020年政务公开业务培训班",
         '<b>霸州发布</b>2020-10-30 18:06', ["10月29日，全市政务公开业务培训班在迎宾大厦举办，各乡镇、市政府各部门政务公开工作人员120余人参加培训。",
                                              "培训围绕新修订的《政府信息公开条例》、依申请公开答复规范和政务新媒体管理进行了专题辅导。"], "培训现场", "（截图保存日11-09为文件名日期）"),
        ("霸州镇/微信图片_20201021104455.jpg", 720, "2.1", "2020-10-20", "霸州镇开展秋冬季大气污染防治专项检查",
         '原创 <b>霸州镇发布</b> 2020年10月20日 17:32 河北', ["10月19日，霸州镇组织执法力量对辖区内散煤销售、露天焚烧、工地扬尘等开展专项检查。",
                                                          "检查发现问题6处，已责令立即整改。镇环保所提醒：秋冬季是大气污染防治的关键期，请广大群众积极举报违法排污行为。"], "", "（微信图片_20201021 为保存日）"),
        ("王庄子乡/Screenshot_2020-11-17-09-41-22.png", 828, "2.12", "2020-09-10", "王庄子乡综合文化站免费开放时间公告",
         '<b>王庄子乡人民政府</b>2020-09-10', ["为丰富群众精神文化生活，乡综合文化站（含图书室、文体活动室、健身广场）即日起恢复免费开放。",
                                           "开放时间：周二至周日 8:30-11:30，14:30-17:30（法定节假日另行通知）。进站请佩戴口罩、扫码登记。"], "", "（Screenshot_2020-11-17 为截图时间）"),
        ("市人力资源和社会保障局/微信图片_20200716.jpg", 414, "2.6", "2020-07-14", "2020年高校毕业生“三支一扶”招募公告",
         '<b>霸州人社</b>7月14日', ["经研究，2020年我市招募“三支一扶”高校毕业生15名，报名时间为2020年7月15日至7月21日。",
                                  "报名条件：全日制普通高校2020届毕业生，年龄30周岁以下。咨询电话：0316-7xxxxxx。"], "", "（署名只显示“7月14日”，当年推文不显示年份；年份由正文“2020年”可知）"),
        ("市融媒体中心/Screenshot_20201103_091522.jpg", 750, "7.2.2", "2020-11-02", "“霸州发布”10月份信息发布情况",
         '<b>霸州发布</b>2020-11-02 20:15', ["10月份，“霸州发布”微信公众号共推送信息186条，政策解读类12条，办事服务类23条，阅读量累计21.6万次。",
                                           "下一步将持续做好权威信息发布和政策解读，确保两周内有更新。"], "", ""),
        ("杨芬港镇/微信图片_20201016091236.jpg", 1080, "2.2", "2020-10-15", "杨芬港镇2020年度扶贫项目资金使用情况公告",
         '<b>杨芬港镇发布</b>2020-10-15 09:02', ["根据扶贫资金公告公示制度要求，现将2020年度杨芬港镇扶贫项目资金使用情况公告如下：共实施项目4个，使用资金186.5万元。",
                                                "其中：光伏扶贫电站运维项目38.2万元，农村饮水安全巩固提升项目92.3万元。监督电话：12317。"], "", ""),
    ]
    for f, w, ind, pub, title, meta, ps, pic, why in wx:
        shot(f, phone(dict(w=w, kind="wechat", title=title, meta=meta, paras=ps, pic=pic, mc="#b8b8b8",
                           q=55 if f.endswith(".jpg") else 70, noise=.06 if w == 720 else 0)))
        L(f, ind, pub, "screenshot",
          f"微信公众号文章（{w}宽手机截图），浅灰署名行中的日期 {pub}{why}"
          + {"8.4": "；培训日期10-29为干扰", "2.1": "；检查日期10-19为干扰", "2.6": "；报名期为干扰；就业/招募信息（2.6）", "7.2.2": "；公众号内容更新情况（7.2.2）",
             "2.2": "；扶贫项目资金（2.2）", "2.12": "；文化站开放时间（公共文化）"}[ind],
          trap="手机截图浅灰署名" if ind != "2.6" else "署名只有月日")

    # a WeChat article re-shared by two township accounts (same text, different accounts)
    for f, acct, stamp, w in [("岔河集乡/微信图片_20200929161020.jpg", "岔河集乡发布", "2020-09-28 16:40", 1080),
                              ("东段乡/IMG_20200930_082211.jpg", "东段乡政务", "2020-09-29 08:05", 414)]:
        shot(f, phone(dict(w=w, kind="wechat", title="《霸州市政府信息公开指南（2020年修订）》发布",
                           meta=f'<b>{acct}</b>{stamp}　来源：霸州市人民政府办公室', mc="#c0c0c0",
                           paras=["9月25日，霸州市人民政府办公室修订发布了《霸州市政府信息公开指南》。现转发如下，方便群众了解政府信息公开的方式和途径。",
                                  "一、主动公开的内容及方式；二、依申请公开的受理机构、申请方式及处理程序；三、收费标准；四、监督和救济途径。"], q=55)))
        L(f, "5.1", stamp[:10], "screenshot",
          f"乡镇公众号转发的信息公开指南（5.1）；取本推文自己的日期 {stamp[:10]}，原指南发布日9月25日为干扰；文件名日期为保存/拍摄时间。",
          group="转发：信息公开指南推文", trap="同一推文两乡转发")

    # ============ 4. Weibo and 政务APP ============
    shot("市应急管理局/Screenshot_20200813-074401.png", phone(dict(w=720, kind="weibo", posts=[
        dict(name="霸州应急管理", av="应急", time="2020-8-12 21:40 来自 微博 weibo.com",
             text="【暴雨蓝色预警】霸州市气象台8月12日21时发布暴雨蓝色预警：预计13日凌晨至白天我市将出现暴雨，请注意防范城市内涝。市防汛抗旱指挥部启动防汛Ⅳ级应急响应。 <a>#霸州防汛#</a>"),
        dict(name="霸州应急管理", av="应急", time="2020-8-10 17:02 来自 HUAWEI Mate 30", text="【安全提示】汛期请勿在河道、坑塘游泳。")])))
    L("市应急管理局/Screenshot_20200813-074401.png", "2.11", "2020-08-12", "screenshot",
      "微博预警与应急响应（灾害事故救援）；截图最上方的博文时间2020-8-12（非零填充）；下一条博文8-10与文件名08-13为干扰。", trap="微博时间非零填充")

    shot("市自然资源和规划局/冀时办截图.jpg", phone(dict(w=1080, kind="app", nb="冀时办·霸州", bar=("#1677ff", "#fff"),
                                                  title="霸州市2020-12号国有建设用地使用权挂牌出让公告",
                                                  meta="霸州市自然资源和规划局　|　发布时间：2020-09-04",
                                                  paras=["经霸州市人民政府批准，霸州市自然资源和规划局决定以挂牌方式出让1宗国有建设用地使用权。",
                                                         "挂牌时间：2020年9月25日9时至2020年10月9日15时。申请人可于2020年9月25日至2020年10月7日到霸州市公共资源交易中心获取挂牌出让文件。"], q=60)))
    L("市自然资源和规划局/冀时办截图.jpg", "2.13", "2020-09-04", "screenshot",
      "政务APP中的土地挂牌出让公告（自然资源配置）；“发布时间：2020-09-04”；挂牌期、获取文件期为干扰。", trap="政务APP")

    shot("市融媒体中心/霸州发布-历史消息.png", phone(dict(w=828, kind="list", nb="霸州发布", title="历史消息",
                                                  items=[("霸州市举办2020年政务公开业务培训班", "10月30日"), ("我市召开秋冬季大气污染防治推进会", "10月28日"),
                                                         ("关于调整城区部分公交线路的通告", "10月27日"), ("霸州市2020年第三季度重点项目观摩", "10月23日"),
                                                         ("便民｜新版社保卡办理指南", "10月21日")])))
    L("市融媒体中心/霸州发布-历史消息.png", "7.2.1", None, "screenshot",
      "公众号历史消息列表（新媒体开设）；列表列中只有各条目日期，页面自身无发布日期 → null。", trap="日期只在列表列（null）")

    # ============ 5. column / list pages without a date of their own ============
    shot("市政务公开办/政策解读栏目.jpg", cms(dict(w=1920, h=1080, fam="gray", q=50, topbar=today("2020-11-19"),
                                             crumb="当前位置：首页 > 政府信息公开 > 政策解读", title="政策解读", listing=[
        ("图解：《霸州市城区停车设施规划建设管理办法》", "2020-09-16"), ("《霸州市2020年秋冬季清洁取暖改造实施方案》政策解读", "2020-09-09"),
        ("一图读懂霸州市养老服务补贴政策", "2020-08-21"), ("《霸州市全面推进基层政务公开标准化规范化工作实施方案》解读", "2020-02-20"),
        ("《2020年义务教育招生入学工作方案》答记者问", "2020-07-10")])))
    L("市政务公开办/政策解读栏目.jpg", "4.1", None, "screenshot", "政策解读栏目页（解读情况）；栏目列表，无自身日期 → null；今天是栏11-19为干扰。",
      trap="栏目页无日期（null）")
    shot("市卫生健康局/IMG_20201118_101544.jpg", screen_photo(cms(dict(w=1366, h=768, fam="blue", site="霸州市卫生健康局",
        crumb="当前位置：首页 > 信息公开 > 疫情防控", title="疫情防控", listing=[
            ("霸州市新冠肺炎疫情防控指挥部关于进一步加强冬季疫情防控工作的通告", "2020-11-02"),
            ("秋冬季新冠肺炎疫情防控健康提示", "2020-10-12"), ("我市开展重点人群核酸检测", "2020-09-15"), ("疫苗接种门诊公示", "2020-08-03")]))))
    L("市卫生健康局/IMG_20201118_101544.jpg", "2.14", None, "screenshot",
      "手机拍屏幕：卫健局疫情防控栏目列表（医疗卫生）；列表页无自身日期 → null；文件名IMG_20201118为拍摄时间。", trap="拍屏+列表（null）")

    # ============ 6. phone photos of screens showing articles ============
    shot("市住房和城乡建设局/IMG_20201105_153320.jpg", screen_photo(cms(dict(w=1366, h=768, fam="red", topbar=today("2020-11-05"),
        crumb="当前位置：首页 > 政府信息公开 > 住房保障", title="2020年城镇老旧小区改造项目公示",
        byline=byline("2020-06-23", "市住房和城乡建设局"),
        paras=["根据《霸州市城镇老旧小区改造实施方案》，2020年我市计划改造老旧小区12个，涉及居民2860户。",
               "现将改造项目名单、改造内容及资金安排予以公示，公示期为2020年6月23日至6月30日。"])), tilt=3))
    L("市住房和城乡建设局/IMG_20201105_153320.jpg", "2.7", "2020-06-23", "screenshot",
      "手机拍摄电脑屏幕的老旧小区改造公示（住房保障）；无标签署名行“2020-06-23 来源：…”；公示期、今天是栏11-05、文件名日期为干扰；摩尔纹与模糊。",
      trap="拍屏+无标签署名")
    shot("霸州市司法局/IMG_20201116_143002.jpg", screen_photo(cms(dict(w=1366, h=768, fam="blue", site="霸州市司法局",
        crumb="当前位置：首页 > 行政执法公示 > 执法结果", title="霸州市2020年第三季度行政执法结果公示",
        byline='<span>发布日期：2020年10月12日</span><span>来源：市司法局</span>',
        paras=["根据行政执法公示制度，现将我市各行政执法部门2020年7月1日至9月30日作出的行政处罚、行政许可决定予以公示。",
               "本季度全市共作出行政处罚决定356件，行政许可决定2891件，全部在作出决定之日起7个工作日内公开。"])), tilt=-2, q=52))
    L("霸州市司法局/IMG_20201116_143002.jpg", "1.6", "2020-10-12", "screenshot",
      "手机拍屏幕的行政执法结果公示（执法公开）；“发布日期：2020年10月12日”；统计期与文件名日期为干扰。", trap="拍屏")

    # ============ 7. pages with the URL visible only (address bar, no date on the page) ============
    shot("市政务公开办/截图3.png", cms(dict(w=1366, h=768, fam="gray",
        frame=("http://www.bazhou.gov.cn/zwgk/zcjd/202008/t20200821_88120.html", "2020/11/17", "10:52"),
        crumb="当前位置：首页 > 政府信息公开 > 政策解读", title="一图读懂霸州市养老服务补贴政策",
        paras=["【图解】养老服务补贴对象：本市户籍80周岁以上老人、经济困难的失能半失能老人。",
               "补贴标准：80-89周岁每人每月50元，90-99周岁每人每月100元，100周岁以上每人每月300元。申请材料：身份证、户口簿、银行卡。"])))
    L("市政务公开办/截图3.png", "4.1", "2020-08-21", "screenshot",
      "图解类政策解读页（解读情况，题材为养老，体裁为解读 → 4.1）；页面上无日期，地址栏URL /202008/t20200821_… 给出发布日期；任务栏2020/11/17为干扰。",
      trap="日期只在URL；题材≠体裁")

    # ============ 8. print footer (browser printout saved as PDF) ============
    o.pdf("市政务公开办/网页打印-解读关联.pdf", pdf_html(dict(
        title="《霸州市城区停车设施规划建设管理办法》", no="霸政规〔2020〕5号",
        paras=["第一条 为加强城区停车设施规划建设和管理，根据有关法律法规，结合本市实际，制定本办法。",
               "第二条 本办法适用于本市城区范围内停车设施的规划、建设和管理。",
               "<div style='border:1px solid #999;padding:8px;margin:14px 0;font-size:16px'>相关解读：<u>图解：《霸州市城区停车设施规划建设管理办法》</u>　<u>《办法》政策解读</u></div>",
               "<div style='font-size:15px;color:#444'>发布时间：2020-09-15　　浏览次数：318</div>"],
        extra_css="") , extra=".paper{padding-top:40px}.hdr{position:absolute;top:8px;left:20px;right:20px;font-size:11px;color:#333;display:flex;justify-content:space-between}"
        ".ftr{position:absolute;bottom:8px;left:20px;right:20px;font-size:11px;color:#333;display:flex;justify-content:space-between}").replace(
        '<div class="paper">', '<div class="paper"><div class="hdr"><span>2020/11/18 上午9:47</span><span>霸州市人民政府</span></div>'
        '<div class="ftr" style="position:absolute;top:1080px"><span>http://www.bazhou.gov.cn/zwgk/zcwj/202009/t20200915_88431.html</span><span>1/1</span></div>'))
    L("市政务公开办/网页打印-解读关联.pdf", "4.3", "2020-09-15", "document",
      "浏览器打印成PDF的政策文件页，文件下方有“相关解读”链接（解读关联）；页面“发布时间：2020-09-15”，页脚URL t20200915 一致；页眉打印时间2020/11/18为干扰。",
      trap="打印页眉/页脚")

    # ============ 9. scanned red-header documents with seals (image-only PDFs) ============
    scan("01-政府办/扫描件.pdf", dict(
        red="霸州市人民政府办公室文件", no="霸政办〔2020〕46号", title="霸州市人民政府办公室\n关于调整霸州市政务公开工作领导小组成员的通知",
        to="各乡镇（区、办），市政府各部门：", paras=["因人事变动，经市政府研究，决定对霸州市政务公开工作领导小组成员进行调整。调整后名单如下：",
            "组　长：市政府常务副市长；副组长：市政府办公室主任；成　员：市发改局、市财政局、市司法局、市融媒体中心等单位主要负责同志。",
            "领导小组办公室设在市政府办公室，负责全市政务公开工作的统筹协调，并通过门户网站公开分管领导及工作分工。"],
        sign=["霸州市人民政府办公室", cn_upper("2020-06-18")], seal=(380, -40), seal_unit="霸州市人民政府办公室",
        yinfa=("霸州市人民政府办公室", "2020年6月19日印发")), 150, "20201118092512")
    L("01-政府办/扫描件.pdf", "8.1", "2020-06-18", "document",
      "150dpi彩色扫描红头（组织领导）；落款汉字日期“二〇二〇年六月十八日”，红章压在日期上；印发日6月19日、文号年份、PDF CreationDate（11-18）为干扰；无文字层。",
      trap="红章压日期+汉字数字")
    scan("市住房和城乡建设局/doc20201119.pdf", dict(
        red="霸州市住房和城乡建设局", no="霸住建提复〔2020〕7号", title="关于市政协九届四次会议第52号提案的答复",
        to="张**委员：", paras=["您提出的《关于加快城区黑臭水体治理的提案》收悉。现答复如下：",
            "一、关于牤牛河城区段治理。我局会同廊坊市生态环境局霸州市分局实施截污纳管和清淤工程，已完成管网铺设3.2公里。",
            "二、关于长效管护。建立河长制巡河制度，每周巡查不少于一次。感谢您对我市生态环境工作的关心和支持。",
            "办理类型：A类　　联系人：刘**　电话：0316-7xxxxxx"],
        sign=["霸州市住房和城乡建设局", cn_upper("2020-07-28")], seal=(340, 10), seal_unit="霸州市住房和城乡建设局"), 200, "20201119141003", gray=True)
    L("市住房和城乡建设局/doc20201119.pdf", "1.5", "2020-07-28", "document",
      "200dpi灰度扫描：政协提案答复（题材为黑臭水体/环保，体裁为提案复文 → 1.5 结果公开）；落款“二〇二〇年七月二十八日”，灰度化的公章压在日期旁；文件名日期与CreationDate为干扰；无文字层。",
      trap="题材≠体裁；灰度扫描章压日期")
    scan("市自然资源和规划局/扫描件(3).pdf", dict(
        red="霸州市自然资源和规划局", no="", title="政府信息公开申请答复书",
        paras=["霸自然资依复〔2020〕15号", "王**：", "本机关于2020年8月3日收到您提出的政府信息公开申请，申请获取“胜芳镇2019年度征收土地补偿安置方案”。经审查，答复如下：",
               "您申请获取的信息属于公开范围，现将《胜芳镇2019年度征收土地补偿安置方案公告》复印件提供给您（共4页）。",
               "如对本答复不服，可以自收到本答复书之日起60日内向霸州市人民政府申请行政复议，或者在6个月内向人民法院提起行政诉讼。"],
        sign=["霸州市自然资源和规划局", cn_upper("2020-08-24")], seal=(330, -30), seal_unit="霸州市自然资源和规划局",
        seal_kind="政府信息公开专用章"), 300, "20201117110356", q=45)
    L("市自然资源和规划局/扫描件(3).pdf", "6.2", "2020-08-24", "document",
      "300dpi扫描的依申请公开答复书（题材为征地，体裁为答复 → 6.2 答复情况）；落款“二〇二〇年八月二十四日”被专用章覆盖；引用的申请日期2020年8月3日、CreationDate为干扰；无文字层。",
      trap="答复书引用申请日期；题材≠体裁")
    scan("霸州市司法局/复议决定书扫描.pdf", dict(
        red="霸州市人民政府", no="霸政复决字〔2020〕9号", title="行政复议决定书",
        paras=["申请人：李**。被申请人：霸州市某镇人民政府。", "申请人不服被申请人于2020年6月5日作出的政府信息公开申请答复，于2020年6月20日向本机关申请行政复议，本机关依法予以受理。",
               "经审理查明，被申请人在法定期限内作出答复，告知内容、依据和救济途径明确。根据《中华人民共和国行政复议法》第二十八条第一款第（一）项之规定，决定维持被申请人作出的答复。",
               "申请人如不服本决定，可以自收到本决定书之日起15日内向人民法院提起行政诉讼。"],
        sign=["霸州市人民政府", cn_upper("2020-08-11")], seal=(360, -20), seal_unit="霸州市人民政府", seal_kind="行政复议专用章"), 150, "20201119100012", rotate=-.6)
    L("霸州市司法局/复议决定书扫描.pdf", "6.3", "2020-08-11", "document",
      "150dpi扫描行政复议决定书（信息公开类复议，6.3）；落款“二〇二〇年八月十一日”在红章下；答复日6月5日、申请复议日6月20日、CreationDate为干扰；无文字层。",
      trap="红章压日期+汉字数字")
    scan("市扶贫办/扫描件.pdf", dict(
        red="霸州市扶贫开发办公室", no="霸扶贫〔2020〕11号", title="关于2020年第二批扶贫项目资金安排的公告",
        paras=["根据《关于完善扶贫资金项目公告公示制度的指导意见》，现将2020年第二批扶贫项目资金安排情况公告如下：",
               "<table><tr><th>项目名称</th><th>实施地点</th><th>资金（万元）</th><th>实施期限</th></tr><tr><td>农村道路硬化</td><td>东段乡</td><td>86.0</td><td>2020.6-2020.10</td></tr><tr><td>扶贫车间改造</td><td>王庄子乡</td><td>45.5</td><td>2020.6-2020.9</td></tr></table>",
               "公告期10天，监督举报电话：12317。"],
        sign=["霸州市扶贫开发办公室", cn("2020-06-09")], seal=(330, -36), seal_unit="霸州市扶贫开发办公室"), 200, "20201118153301")
    L("市扶贫办/扫描件.pdf", "2.2", "2020-06-09", "document",
      "200dpi彩色扫描公告（扶贫项目资金，2.2）；落款阿拉伯数字日期“2020年6月9日”在红章下；实施期限、CreationDate为干扰；无文字层。", trap="红章压日期")
    scan("康仙庄乡/扫描件001.pdf", dict(
        red="", no="", title="康仙庄乡政府信息公开文件资料移交清单",
        paras=["移交单位：康仙庄乡人民政府　　接收单位：霸州市档案馆（政府信息公开查阅点）",
               "<table><tr><th>序号</th><th>文件名称</th><th>份数</th><th>公开属性</th></tr><tr><td>1</td><td>康仙庄乡2019年政府信息公开工作年度报告</td><td>2</td><td>主动公开</td></tr><tr><td>2</td><td>康仙庄乡政府信息公开指南</td><td>2</td><td>主动公开</td></tr><tr><td>3</td><td>康仙庄乡基层政务公开标准目录</td><td>2</td><td>主动公开</td></tr></table>",
               "移交人：（签字）　　　　接收人：（签字）"],
        sign=["康仙庄乡人民政府", "2020年　月　日"], seal=(340, -40), seal_unit="霸州市康仙庄乡人民政府"), 150, "20201118084522", gray=True, q=40)
    L("康仙庄乡/扫描件001.pdf", "5.4", None, "document",
      "150dpi灰度扫描移交清单（文件移交，5.4）；落款日期空着（“2020年　月　日”），页面上没有可读的日期 → null；CreationDate 11-18 不能当发布日期。",
      trap="无日期扫描件+CreationDate在窗口内")

    # ============ 10. phone photos of paper (IMG_ / 微信图片_) ============
    o.shot("市政务公开办/IMG_20201030_104215.jpg", photo_look(dict(
        red="", title="霸州市2020年政务公开业务培训签到表",
        paras=["培训时间：2020年10月29日上午9:00　　地点：迎宾大厦三楼会议室",
               "<table><tr><th>序号</th><th>单位</th><th>姓名</th><th>签到</th></tr>" + "".join(
                   f"<tr><td>{i}</td><td>{u}</td><td>{n}</td><td style='font-family:cursive;color:#223'>{n}</td></tr>"
                   for i, (u, n) in enumerate([("市财政局", "周**"), ("市民政局", "孙**"), ("南孟镇", "吴**"), ("信安镇", "郑**"), ("胜芳镇", "冯**"), ("市卫健局", "陈**")], 1)) + "</table>"]),
        rotate=-4))
    L("市政务公开办/IMG_20201030_104215.jpg", "8.4", "2020-10-29", "document",
      "手机拍摄的纸质签到表（业务培训）；表头培训时间2020年10月29日即此表的日期；文件名IMG_20201030为拍摄时间。", trap="照片文件名日期")
    o.shot("02-财政局/微信图片_20201117142233.jpg", photo_look(dict(
        red="霸州市财政局文件", no="霸财预〔2020〕3号", title="关于将政务公开工作经费纳入2020年部门预算的批复",
        to="市政务公开办：", paras=["你办《关于申请2020年政务公开工作经费的请示》收悉。经研究，同意将政务公开日常工作经费12万元、政府网站内容保障及运行维护经费38万元纳入2020年部门预算。",
                                "请严格按照预算管理规定使用资金，年终报送绩效自评结果。"],
        sign=["霸州市财政局", cn_upper("2020-01-16")], seal=(330, -40), seal_unit="霸州市财政局"), w=1080, h=1440, rotate=2.5, shade=.35))
    L("02-财政局/微信图片_20201117142233.jpg", "8.3", "2020-01-16", "document",
      "错放单位：手机拍摄的财政局批复（经费保障，财政局所报但证明8.3，不是1.7）；落款“二〇二〇年一月十六日”加盖公章；文号年份、文件名日期为干扰。",
      trap="题材(预算)≠指标(经费保障)；红章压日期")
    o.shot("市融媒体中心/IMG_20201113_170508.jpg", photo_look(dict(
        red="", title="霸州市政府网站读网检查记录（11月第2周）",
        paras=["检查人：刘**　　检查日期：2020年11月13日",
               "<table><tr><th>栏目</th><th>问题</th><th>整改情况</th></tr><tr><td>政务公开-通知公告</td><td>链接失效1处</td><td>已整改</td></tr><tr><td>互动交流</td><td>无</td><td>—</td></tr><tr><td>专题专栏</td><td>图片不显示</td><td>已整改（11月13日）</td></tr></table>"]),
        w=1200, h=1600, rotate=-1.5))
    L("市融媒体中心/IMG_20201113_170508.jpg", "7.1.5", "2020-11-13", "document",
      "手机拍摄的读网检查记录（读网检查机制）；“检查日期：2020年11月13日”。")
    o.shot("胜芳镇/IMG_20200521_093311.jpg", photo_look(dict(
        red="", title="胜芳镇政务公开栏",
        paras=["<div style='font-size:22px;text-align:center;color:#a00'>胜芳镇政务公开栏</div>",
               "一、镇政府领导班子分工（略）　二、办事指南：户籍、低保、高龄津贴办理流程　三、投诉电话：0316-7xxxxxx",
               "（公开栏张贴内容，无发布日期）"]), w=1440 if False else 1080, h=1440, rotate=4, shade=.4))
    L("胜芳镇/IMG_20200521_093311.jpg", "1.4", None, "document",
      "手机拍摄的镇政务公开栏张贴的办事指南（服务公开）；张贴物上没有日期 → null；文件名IMG_20200521为拍摄时间，不是发布日期。", trap="只有文件名日期（null）")

    # ============ 11. a 政府公报 issue (text PDF) ============
    gaz = dict(red="霸州市人民政府公报", no="2020年第4期（总第16期）", title="目　录",
               paras=["<p class='n'>【市政府文件】</p>", "霸州市人民政府关于印发霸州市养老服务体系建设实施方案的通知（霸政〔2020〕21号）……2",
                      "<p class='n'>【市政府办公室文件】</p>", "霸州市人民政府办公室关于做好2020年秋冬季清洁取暖工作的通知（霸政办〔2020〕71号）……6",
                      "<p class='n'>【人事任免】</p>", "……10",
                      "<hr><p class='n'>霸州市人民政府关于印发霸州市养老服务体系建设实施方案的通知</p>",
                      "各乡镇（区、办），市政府各部门：现将《霸州市养老服务体系建设实施方案》印发给你们，请认真贯彻执行。",
                      "<p class='r'>霸州市人民政府</p><p class='r'>2020年9月8日</p>",
                      "<hr><p class='n'>主办：霸州市人民政府办公室　　编辑出版：霸州市人民政府公报编辑部</p>",
                      "<p class='n'>出版日期：2020年10月30日　　内部资料 免费赠阅</p>"])
    o.pdf("市政务公开办/霸州市人民政府公报2020年第4期.pdf", pdf_html(gaz))
    L("市政务公开办/霸州市人民政府公报2020年第4期.pdf", "7.3", "2020-10-30", "document",
      "政府公报一期（政府公报）；取出版日期2020年10月30日；内收文件的落款9月8日、题材（养老）为干扰。", trap="文件内嵌文件（公报）；题材≠体裁")

    # ============ 12. Word / Excel as clerks save them ============
    def docx(src, title, body, sign=None, after=(), created="2020-11-17T08:00:00Z", modified="2020-11-18T07:30:00Z", docno=None):
        p = dict(title=title, body=body, sign=sign or [], after=list(after), created=created, modified=modified)
        if docno:
            p["docno"] = docno
        write_doc_docx(o.path(src), p)

    docx("市政务公开办/新建 Microsoft Word 文档.docx", "霸州市2019年政府信息公开工作年度报告",
         ["本报告根据《中华人民共和国政府信息公开条例》要求编制，全文包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议和行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项。",
          ("h", "一、总体情况"), "2019年，全市围绕大气污染防治、脱贫攻坚、义务教育招生、医疗卫生等重点领域主动公开政府信息5862条。",
          ("h", "二、主动公开政府信息情况"), ("table", [["信息内容", "本年新制作数量", "本年新公开数量", "对外公开总数量"], ["规章", "0", "0", "0"], ["规范性文件", "7", "7", "42"]]),
          ("h", "三、收到和处理政府信息公开申请情况"), "本年新收政府信息公开申请38件，全部按期答复。"],
         sign=["霸州市人民政府办公室", "2020年1月19日"])
    L("市政务公开办/新建 Microsoft Word 文档.docx", "5.3", "2020-01-19", "document",
      "默认文件名的Word：政府信息公开工作年度报告（年报，5.3，虽提到环保/扶贫/教育等领域）；落款2020年1月19日；docx元数据11-17/18为干扰。", trap="题材≠体裁；默认文件名")
    docx("中共霸州市委网络安全和信息化委员会办公室/三审三校制度.docx", "霸州市政务新媒体信息发布“三审三校”制度",
         ["第一条 为加强政务新媒体安全管理，防止出现严重表述错误、泄露国家秘密等问题，制定本制度。",
          "第二条 政务新媒体发布信息实行初审、复审、终审“三审”和初校、二校、终校“三校”。", "第三条 发现问题信息应在1小时内删除并报告。本制度自印发之日起施行。"],
         sign=["中共霸州市委网信办", "霸州市政务公开办公室", "2020年7月6日"])
    L("中共霸州市委网络安全和信息化委员会办公室/三审三校制度.docx", "7.2.3", "2020-07-06", "document",
      "新媒体信息发布审核制度（安全泄密事故及互动回应，7.2.3；非5.2）；联合落款2020年7月6日。")
    docx("03-城管局/（定稿）城管执法公示制度汇编 - 副本.docx", "霸州市城市管理综合行政执法局关于2020年第三季度行政处罚信息的公示",
         ["依据行政执法公示制度，现将我局2020年7月至9月作出的行政处罚决定予以公示：",
          ("table", [["案号", "当事人", "违法事实", "处罚决定", "决定日期"], ["霸城管罚〔2020〕101号", "某餐饮店", "占道经营", "罚款500元", "2020-07-14"],
                     ["霸城管罚〔2020〕118号", "某建筑公司", "未密闭运输渣土", "罚款5000元", "2020-08-26"]]),
          "监督电话：0316-7xxxxxx。"], sign=["霸州市城市管理综合行政执法局", "2020年10月10日"])
    L("03-城管局/（定稿）城管执法公示制度汇编 - 副本.docx", "1.6", "2020-10-10", "document",
      "城管局行政处罚信息公示（执法公开）；落款2020年10月10日；表内处罚决定日期为干扰；“副本”文件名。")
    docx("市融媒体中心/关于政府网站督办卡整改情况的报告.docx", "关于政府网站督办卡整改情况的报告",
         ["廊坊市政务公开办：", "我市于2020年5月收到《政府网站问题督办卡》1份，反映“霸州市人民政府门户网站部分栏目长期未更新”问题。",
          "收到督办卡后，我中心立即组织整改：对3个长期未更新栏目进行清理合并，建立栏目更新台账，整改已于5月29日全部完成。"],
         sign=["霸州市融媒体中心", "2020年6月2日"])
    L("市融媒体中心/关于政府网站督办卡整改情况的报告.docx", "7.1.1", "2020-06-02", "document", "督办卡整改报告（7.1.1）；落款2020年6月2日；整改完成5月29日为干扰。")
    docx("市政务公开办/关于配备政务公开专职工作人员的通知.docx", "关于明确霸州市政务公开办公室专职工作人员的通知",
         ["各乡镇（区、办），市政府各部门：", "经研究，市政务公开办公室设在市政府办公室，配备专职工作人员3名，负责全市政务公开日常工作。",
          "各乡镇、各部门须明确1名政务公开工作联络员，于4月30日前报市政务公开办备案。"],
         sign=["霸州市人民政府办公室", "2020年4月21日"], docno="霸政办字〔2020〕15号")
    L("市政务公开办/关于配备政务公开专职工作人员的通知.docx", "8.2", "2020-04-21", "document", "机构及专职人员（机构建设，8.2）；落款2020年4月21日；报送期限4月30日为干扰。")

    def xlsx(src, sheets, created="2020-11-16T02:00:00Z", modified="2020-11-18T06:00:00Z", widths=None):
        p = dict(sheets=sheets, created=created, modified=modified)
        if widths:
            p["widths"] = widths
        write_book_xlsx(o.path(src), p)

    xlsx("市政务公开办/依申请公开登记台账.xlsx", [("台账", [
        ["霸州市2020年政府信息公开申请办理登记台账"],
        ["填报单位：市政务公开办", "", "", "填报日期：2020年11月16日"],
        ["序号", "收到日期", "申请人", "申请内容", "答复日期", "答复类型"],
        [1, ("date", "2020-03-02"), "张**", "某小区规划许可", ("date", "2020-03-20"), "予以公开"],
        [2, ("date", "2020-08-03"), "王**", "征收土地补偿安置方案", ("date", "2020-08-24"), "予以公开"],
        [3, ("date", "2020-09-14"), "赵**", "某企业环评批复", ("date", "2020-10-12"), "延期后答复"]], ["A1:F1", "A2:C2", "D2:F2"])],
         widths=[8, 14, 10, 30, 14, 12])
    L("市政务公开办/依申请公开登记台账.xlsx", "6.2", "2020-11-16", "document",
      "依申请公开办理登记台账（答复情况）；填报日期2020年11月16日；各行的收到/答复日期为Excel日期序列，干扰。", trap="台账日期序列")
    xlsx("市融媒体中心/10月网站留言办理统计.xlsx", [("10月", [
        ["霸州市政府门户网站留言办理情况统计表（2020年10月）"],
        ["留言总数", "按期办结", "超期办结", "办结率"], [146, 139, 7, "95.2%"],
        ["统计：市融媒体中心", "", "制表日期", ("date", "2020-11-03")]], ["A1:D1"])])
    L("市融媒体中心/10月网站留言办理统计.xlsx", "7.1.2", "2020-11-03", "document", "门户网站留言办理统计（内容保障，7.1.2）；制表日期单元格为日期序列2020-11-03。")
    xlsx("市融媒体中心/纠错留言.xlsx", [("Sheet1", [
        ["“我为政府网站找错”留言办理登记"],
        ["序号", "留言日期", "问题描述", "答复日期", "用时（工作日）"],
        [1, ("date", "2020-09-07"), "错别字", ("date", "2020-09-08"), 1],
        [2, ("date", "2020-10-19"), "链接打不开", ("date", "2020-10-21"), 2]], ["A1:E1"])])
    L("市融媒体中心/纠错留言.xlsx", "7.1.3", None, "document",
      "网民纠错留言登记（7.1.3）；只有各行的留言/答复日期，表上没有填表日期 → null。", trap="台账无填表日期（null）")
    xlsx("市政务公开办/政务新媒体名录.xlsx", [("名录", [
        ["霸州市政务新媒体名录"], ["序号", "名称", "类型", "主办单位", "开设时间"],
        [1, "霸州发布", "微信公众号", "市融媒体中心", ("date", "2016-05-10")], [2, "霸州发布", "新浪微博", "市融媒体中心", ("date", "2014-09-01")],
        [3, "霸州人社", "微信公众号", "市人社局", ("date", "2018-03-12")], ["", "", "", "更新日期：2020-10-15", ""]], ["A1:E1"])])
    L("市政务公开办/政务新媒体名录.xlsx", "7.2.1", "2020-10-15", "document", "政务新媒体名录（开设情况，7.2.1）；末行“更新日期：2020-10-15”；开设时间为旧年份日期序列，干扰。")
    xlsx("市政务公开办/26个领域事项目录.xlsx", [("目录", [
        ["霸州市26个领域政务公开事项标准目录（汇总）"], ["编制单位：霸州市政务公开办公室　　编制日期：2020年10月28日"],
        ["序号", "领域", "公开事项", "公开时限", "公开主体"],
        [1, "重大建设项目", "批准服务信息", "20个工作日", "市发改局"], [2, "公共资源交易", "交易公告", "7个工作日", "市公共资源交易中心"],
        [3, "义务教育", "招生入学", "及时", "市教体局"]], ["A1:E1", "A2:E2"])])
    L("市政务公开办/26个领域事项目录.xlsx", "3.1", "2020-10-28", "document", "县级26领域事项目录（3.1）；编制日期2020年10月28日。")

    # a township zip with mixed members
    z = "煎茶铺镇/煎茶铺镇政务公开材料（2020）.zip!/"
    write_text(o.path(z + "1-指南/煎茶铺镇政府信息公开指南.txt"), [
        "煎茶铺镇政府信息公开指南", "", "一、主动公开：公开范围、公开形式、公开时限。", "二、依申请公开：受理机构为镇党政综合办公室，地址：煎茶铺镇政府院内。",
        "三、监督方式：0316-7xxxxxx。", "", "煎茶铺镇人民政府", "2020年3月30日"], enc="gb18030", crlf=True)
    L(z + "1-指南/煎茶铺镇政府信息公开指南.txt", "5.1", "2020-03-30", "document", "压缩包内GB18030文本：镇信息公开指南；落款2020年3月30日。")
    docx(z + "2-年报/2019年度年报.docx", "煎茶铺镇2019年政府信息公开工作年度报告",
         ["一、总体情况：2019年，我镇主动公开政府信息236条。", "二、收到和处理政府信息公开申请情况：本年度收到申请2件，均按期答复。", "三、存在的主要问题及改进情况。"],
         sign=["煎茶铺镇人民政府", "2020年1月17日"])
    L(z + "2-年报/2019年度年报.docx", "5.3", "2020-01-17", "document", "压缩包内年报（5.3）；落款2020年1月17日。")
    o.shot(z + "3-目录/村务公开栏.jpg", photo_look(dict(red="", title="煎茶铺村村务公开栏（2020年第三季度）",
        paras=["<table><tr><th>公开类别</th><th>公开内容</th></tr><tr><td>党务</td><td>党员发展情况</td></tr><tr><td>村务</td><td>低保评议结果、宅基地审批</td></tr><tr><td>财务</td><td>7—9月收支明细</td></tr></table>",
               "公开时间：2020年10月10日　　监督电话：0316-7xxxxxx"]), w=1080, h=1440, rotate=-2))
    L(z + "3-目录/村务公开栏.jpg", "3.2", "2020-10-10", "document", "压缩包内手机照片：村务公开栏（村务公开事项，3.2）；“公开时间：2020年10月10日”；季度期间为干扰。")
    xlsx(z + "3-目录/基层政务公开标准目录.xlsx", [("目录", [
        ["煎茶铺镇基层政务公开标准目录"], ["序号", "事项", "公开时限", "公开渠道"], [1, "低保", "20个工作日", "政府网站、公开栏"], [2, "高龄津贴", "及时", "公开栏"],
        ["填表日期：", ("date", "2020-10-22")]], ["A1:D1"])])
    L(z + "3-目录/基层政务公开标准目录.xlsx", "3.2", "2020-10-22", "document", "压缩包内镇基层政务公开标准目录（3.2）；填表日期单元格（日期序列）2020-10-22。")

    # ============ 13. more portal pages (different vendors / sizes) ============
    more = [
        ("市公共资源交易中心/截图(2).png", "2.9", "2020-08-17", 1920, 1080, "gray", "霸州市公共资源交易中心",
         "当前位置：首页 > 交易信息 > 工程建设 > 中标候选人公示", "霸州市第二中学教学楼改造工程中标候选人公示",
         '<span>【信息时间：2020-08-17　阅读次数：227】</span>',
         ["招标人：霸州市第二中学。开标时间：2020年8月14日9时30分。", "第一中标候选人：河北某建设工程有限公司，投标报价：1,286.5万元。公示期：2020年8月17日至8月19日。"], "信息时间标签"),
        ("市行政审批局/政务服务事项截图.jpg", "1.4", "2020-09-24", 1366, 860, "blue", "河北政务服务网·霸州市",
         "当前位置：首页 > 办事指南 > 个人办事", "食品经营许可（新办）办事指南",
         '<span>更新时间：2020-09-24</span>', ["办理依据：《中华人民共和国食品安全法》《食品经营许可管理办法》。", "承诺时限：5个工作日。收费标准：不收费。办理地点：霸州市政务服务中心一楼B区。"], "只有更新时间"),
        ("市教育和体育局/招生方案.png", "2.5", "2020-07-09", 1366, 900, "red", "霸州市教育和体育局",
         "当前位置：首页 > 信息公开 > 招生入学", "霸州市2020年义务教育学校招生入学工作方案",
         byline("2020/07/09", "市教育和体育局"), ["一、招生原则：免试、就近入学。二、招生范围：各学校学区划分见附件。", "三、报名时间：2020年7月20日至7月25日。四、咨询电话：0316-7xxxxxx。"], "无标签署名行斜杠日期"),
        ("廊坊市生态环境局霸州市分局/截图1.jpg", "5.3", "2020-01-22", 1366, 860, "green", "廊坊市生态环境局霸州市分局",
         "当前位置：首页 > 政府信息公开 > 政府信息公开年报", "廊坊市生态环境局霸州市分局2019年政府信息公开工作年度报告",
         '<span>发布日期：2020年01月22日</span><span>来源：本站</span>',
         ["2019年，我局围绕大气污染治理攻坚、黑臭水体治理、固体废物监管等重点工作主动公开环境信息712条。", "全年收到政府信息公开申请15件，均按期答复；未发生行政复议和行政诉讼。"], "题材≠体裁"),
        ("市地方金融监督管理局/截图.png", "2.3", "2020-06-15", 1366, 820, "teal", "霸州市人民政府",
         "当前位置：首页 > 政务公开 > 重点领域 > 金融", "防范非法集资宣传月活动启动",
         '<span>2020-06-15 10:11:02</span><span>来源：市地方金融监督管理局</span><span>【字号 大 中 小】</span>',
         ["6月12日，我市防范非法集资宣传月活动在人民广场启动。", "活动现场发放宣传资料3000余份，提示群众警惕高息诱惑。"], "无标签署名带时间"),
        ("市行政审批局/国有产权转让.jpg", "2.8", "2020-09-07", 1366, 860, "blue", "霸州市公共资源交易中心",
         "当前位置：首页 > 交易信息 > 产权交易", "霸州市某国有企业闲置车辆转让公告",
         '<span>发布时间：2020年09月07日</span>', ["转让标的：闲置公务车辆5辆。转让底价：合计18.6万元。", "报名截止：2020年9月21日17时。审计评估机构：河北某资产评估公司。"], ""),
        ("市发展和改革局/重大项目截图.png", "2.10", "2020-05-28", 1366, 880, "gray", "霸州市人民政府",
         "当前位置：首页 > 政府信息公开 > 重大建设项目", "关于霸州市污水处理厂扩建工程可行性研究报告的批复",
         byline("2020年05月28日", "市发展和改革局"), ["霸发改审批〔2020〕36号", "你单位报送的可研报告收悉。经研究，同意建设霸州市污水处理厂扩建工程，总投资2.4亿元。"], "无标签署名行；题材环保"),
        ("市政务公开办/平台改版截图.png", "7.1.6", "2020-09-29", 1920, 1080, "teal", "霸州市政府信息公开平台",
         "当前位置：首页 > 通知公告", "关于霸州市政府信息公开平台改版上线的公告",
         '<span>发布时间：2020-09-29</span><span>浏览：1023</span>', ["按照省、廊坊市统一部署，霸州市政府信息公开平台已完成改版升级，于9月28日正式上线。", "改版后平台设置政府信息公开指南、制度、法定主动公开内容、年报和依申请公开五个栏目。"], ""),
        ("市融媒体中心/域名整改截图.jpg", "7.1.4", "2020-07-03", 1366, 820, "blue", "霸州市人民政府",
         "当前位置：首页 > 通知公告", "关于不规范政府网站域名清理整改情况的通报",
         '<span>2020年07月03日</span><span>来源：市融媒体中心</span><span>作者：</span>', ["经排查，全市发现使用非gov.cn域名的部门网站2个，已于6月底前全部关停迁移至 www.bazhou.gov.cn 统一平台。"], "无标签署名行"),
        ("市人力资源和社会保障局/截图2.png", "2.6", "2020-10-16", 1366, 800, "red", "霸州市人力资源和社会保障局",
         "当前位置：首页 > 就业创业 > 招聘信息", "退役军人专场招聘会10月24日举办",
         '<span>发布时间：2020-10-16</span>', ["10月24日（周六）上午9时，在市人力资源市场举办退役军人专场招聘会，40家企业提供岗位600余个。"], "事件日期晚于发布日"),
    ]
    for f, ind, pub, w, h, fam, site, crumb, title, by, ps, trap in more:
        shot(f, cms(dict(w=w, h=h, fam=fam, site=site, crumb=crumb, title=title, byline=by, paras=ps, q=52 if f.endswith(".jpg") else 60,
                         topbar=today("2020-11-1" + str(len(f) % 9)))))
        extra = {"2.9": "招投标中标候选人公示；标签为“信息时间”；开标日、公示期为干扰",
                 "1.4": "政务服务事项办事指南（服务公开）；只有“更新时间”",
                 "2.5": "义务教育招生方案（教育）；无标签署名行“2020/07/09”；报名时间为干扰",
                 "5.3": "环保分局政府信息公开年报（题材环保，体裁年报 → 5.3）；“发布日期：2020年01月22日”",
                 "2.3": "防范非法集资宣传（金融）；无标签署名带时分秒；活动日6月12日为干扰",
                 "2.8": "国有产权（车辆）转让公告；报名截止为干扰",
                 "2.10": "重大建设项目可研批复（2.10，题材为污水处理/环保）；无标签署名行",
                 "7.1.6": "信息公开平台改版上线公告（7.1.6）；上线日9月28日为干扰",
                 "7.1.4": "域名清理整改通报（7.1.4）；无标签署名行“2020年07月03日 来源：… 作者：”",
                 "2.6": "退役军人专场招聘（就业，2.6）；活动日10月24日晚于发布日"}[ind]
        L(f, ind, pub, "screenshot", extra + "；今天是栏为干扰。", **({"trap": trap} if trap else {}))

    # same screenshot re-saved as JPEG within one unit (near-duplicate)
    rp = cms(dict(w=1366, h=820, fam="green", site="霸州市文化广电和旅游局", crumb="当前位置：首页 > 公共文化 > 场馆名录",
                  title="霸州市公共文化设施名录及开放时间", byline='<span>发布时间：2020-05-19</span><span>来源：市文广旅局</span>',
                  paras=["霸州市图书馆：周二至周日9:00-17:00；霸州市文化馆：周二至周日9:00-17:00；霸州市博物馆：周三至周日9:00-16:30。", "各乡镇综合文化站开放时间见附表。"]))
    shot("市文化广电和旅游局/公共文化设施名录.png", rp)
    shot("市文化广电和旅游局/公共文化设施名录(1).jpg", (rp[0], (1366, 820, 40)))
    for f in ("市文化广电和旅游局/公共文化设施名录.png", "市文化广电和旅游局/公共文化设施名录(1).jpg"):
        L(f, "2.12", "2020-05-19", "screenshot", "公共文化设施名录（公共文化体育）；发布时间2020-05-19；同一截图另存为低质量JPEG。",
          group="同单位另存副本：公共文化设施名录", trap="另存JPEG近重复")

    # a 依申请公开 channel page without its own date
    shot("市政务公开办/依申请公开页面.png", cms(dict(w=1366, h=800, fam="teal", site="霸州市政府信息公开平台", en="xxgk.bazhou.gov.cn",
        crumb="当前位置：首页 > 依申请公开", title="依申请公开", listing=[("在线申请（网络申请）", ""), ("信函申请：霸州市迎宾大厦715房间 市政务公开办 收", ""),
                                                                    ("当面申请：工作日 8:30-12:00 14:30-17:30", ""), ("申请表下载（2019年修订版）", "")])))
    L("市政务公开办/依申请公开页面.png", "6.1", None, "screenshot", "依申请公开渠道页面（申请渠道，6.1）；页面无日期 → null。", trap="无日期页面（null）")

    # a 答复 to an NPC suggestion (text PDF) and a gazette-like 领导 分工 page
    o.pdf("市教育和体育局/对人大建议的答复.pdf", pdf_html(dict(
        red="霸州市教育和体育局", no="霸教体建复〔2020〕4号", title="对市十六届人大五次会议第21号建议的答复",
        to="李**代表：", paras=["您提出的《关于扩大城区学前教育学位供给的建议》收悉。现答复如下：", "2020年我市新建、改扩建公办幼儿园4所，新增学位1080个，已于9月1日投入使用。", "感谢您对教育工作的关心和支持。"],
        sign=["霸州市教育和体育局", "2020年8月17日"], seal=(330, -40), seal_unit="霸州市教育和体育局")))
    L("市教育和体育局/对人大建议的答复.pdf", "1.5", "2020-08-17", "document",
      "人大建议答复（题材为学前教育，体裁为建议复文 → 1.5）；落款2020年8月17日旁有公章；9月1日为干扰。", trap="题材≠体裁")
    shot("市政务公开办/领导分工截图.png", cms(dict(w=1920, h=1080, fam="red", crumb="当前位置：首页 > 政务公开 > 领导之窗",
        title="市政府领导分工", byline='<span>发布时间：2020-06-22</span><span>来源：市政府办公室</span>',
        paras=["市长：主持市政府全面工作。", "常务副市长：负责市政府常务工作，分管政务公开、财政、审计工作。", "副市长：分管教育、卫生健康、民政工作。"])))
    L("市政务公开办/领导分工截图.png", "8.1", "2020-06-22", "screenshot", "领导分工公开（分管政务公开的领导在网站公开，组织领导 8.1）；发布时间2020-06-22。")

    # a 机构职能 page, re-shared from the 编办 by a town
    shot("市民政局/机构职能.png", cms(dict(w=1366, h=820, fam="blue", site="霸州市民政局", crumb="当前位置：首页 > 机构概况 > 机构职能",
        title="霸州市民政局机构职能", byline='<span>更新日期：2020-04-08</span>',
        paras=["主要职责：（一）贯彻执行民政工作的方针政策和法律法规。（二）承担社会救助、养老服务、社会福利等工作。", "内设机构：办公室、社会救助股、养老服务股、社会事务股。"])))
    L("市民政局/机构职能.png", "1.3", "2020-04-08", "screenshot", "机构职能公开（管理公开，1.3；题材有社会救助）；只有更新日期2020-04-08。")

    # 解读比例 self check report (txt UTF-8 BOM)
    write_text(o.path("市政务公开办/解读比例自查.txt"), [
        "关于2020年政策性文件解读情况的自查报告", "", "今年以来，我市印发涉及面广、社会关注度高的政策性文件11件，已解读11件，解读率100%。",
        "其中图解5件、文字解读4件、答记者问2件，解读材料与文件同步发布。", "", "霸州市政务公开办公室", "2020年11月12日"], bom=True)
    L("市政务公开办/解读比例自查.txt", "4.2", "2020-11-12", "document", "UTF-8带BOM文本：解读比例自查报告（4.2）；落款2020年11月12日。")

    # an image-heavy page dump with light grey tiny byline (OCR hostile) on a 1920 wide portal
    shot("霸州市人民政府办公室/截图_20201118.png", cms(dict(w=1920, h=1080, fam="blue", byc="#c8c8c8", fs=14,
        crumb="当前位置：首页 > 政府信息公开 > 人大建议政协提案", title="2020年市政协提案办理复文公开（第一批）",
        byline=byline("2020-08-25", "霸州市人民政府办公室"),
        paras=["现将2020年市政协九届四次会议提案办理复文（第一批，共18件）予以公开。", "办理类型：A类12件、B类6件。复文全文见附件。", "附件：1.第52号提案答复 2.第61号提案答复……"])))
    L("霸州市人民政府办公室/截图_20201118.png", "1.5", "2020-08-25", "screenshot",
      "提案复文公开（结果公开）；署名行为浅灰细字无标签“2020-08-25 来源：…”；文件名日期为截图日。", trap="浅灰无标签署名")


def after_render(o):
    for img, dst, producer, stamp in o._scans:
        with open(img, "rb") as f:
            jp = f.read()
        x = stamp
        import datetime as dt
        w = dt.datetime(int(x[:4]), int(x[4:6]), int(x[6:8]), int(x[8:10]), int(x[10:12]), int(x[12:14]))
        image_pdf([jp], dst, producer, w)


README_HEAD = """# Hold-out inbox 7

A fresh, blind, labelled evidence inbox for **measuring once** dossier's publication-date finder
(issue 18) and file→indicator classifier (issue 19) after they are frozen. Keep it unopened until
then; do not tune anything on it.

## Independence

Composed from the seed notice (`shared/seed/000_191db2bad84ccdda.txt`: the 2020年11月3日 notice and
the 《廊坊市2020年政务公开工作考核指标任务分解表》) and general knowledge of Chinese county portals,
provincial 信息公开 platforms, WeChat/Weibo/政务APP pages and official documents **only**. Nothing of
`analysis/`, `pipeline/`, `extractors/`, `cli/`, `server/`, `packager/`, `model/`, `intake/`,
`manifests/`, `samples/`, `bench/`, `docs/` or the other hold-outs (2–6) was opened; of `tests/`
only `tests/holdout/README.md` and `tests/holdout4/README.md` were read, for the conventions. The
shared plumbing `scripts/evidence/` and `scripts/make-holdout` were used as they are; the page
families (several county CMS looks, a 信息公开 platform with a metadata grid, WeChat/Weibo/APP pages
at several phone widths, phone photos of screens and of paper, colour and grey scans at 150/200/300
dpi with red seals) are this hold-out's own, in `spec.py`. dossier was not run on the inbox.

Regenerate with `scripts/make-holdout 7 [--out DIR]` (python3 stdlib, chromium, fonts-wqy-microhei,
pdftotext for validation). Screenshots and PDFs are not byte-reproducible across Chromium versions;
the committed files are the reference.

## Layout

- `inbox/<unit>/...`: the first folder level is the unit that filed the file, named as clerks name
  folders (`01-政府办`, `02-财政局`, `03-城管局`, `市政务公开办`, `南孟镇（街道）`, towns and 乡 ...).
- `inbox/煎茶铺镇/煎茶铺镇政务公开材料（2020）.zip`: UTF-8 member names in numbered sub-folders;
  members are labelled `unit/x.zip!/member`, the zip itself is not labelled.
- `labels.json`: `{"as_of": "2020-11-20", "files": [{"source", "indicator", "published", "kind",
  "note"[, "group"][, "trap"]}]}`.

## Label conventions

Identical to `tests/holdout/README.md`: positional leaf ids of the seed table; one indicator per
file, the one the file is evidence for whatever folder it is in (wrong-unit files begin their note
with `错放单位：`); `published` = a web page's 发布时间/发布日期 (on a 信息公开 grid the 发布日期, not the
成文日期; else 更新时间 or the date of an unlabelled byline under the title; else the date in the
page's own URL when that is the only date of the page), a post's own date, a document's 落款/成文日期
(also in Chinese numerals, also under a seal; not the 印发 line, 文号 year or metadata), a ledger's
填表/填报/制表/编制/更新 date, a gazette's 出版 date; `null` when a person reading the file cannot tell its
own date (column/list pages, an account's history, a channel page, a sign photo with no date, a
transfer list whose date line was left blank, a ledger with row dates only) — file-name dates
(`IMG_2020…`, `微信图片_2020…`, `Screenshot_2020…`) and PDF/OOXML metadata never count. `kind` =
`screenshot` for images of web/app pages (also phone photos of a screen), `document` for
PDF/OOXML/text and photos/scans of paper. Two optional fields: `group` (a string shared by
near-identical copies: the same portal template from different towns, the same notice or post
re-shared by two units, the same screenshot re-saved as JPEG) and `trap` (the trap the file
carries).

## How it was composed

About a quarter of the items are hard but fair: the date is readable on the page but only as an
unlabelled byline, in a light-grey small byline on a phone, in Chinese numerals under a seal, in a
grid beside a different 成文日期, in the address bar or printed footer, or the truth is null with a
tempting file-name or CreationDate in the collection window (2020-11-16…19). Topic and genre point
to different indicators in several documents (a CPPCC proposal reply about 黑臭水体 → 1.5, an NPC
suggestion reply about 学前教育 → 1.5, an annual report of the ecology bureau → 5.3, a 依申请公开
reply about 征地 → 6.2, a gazette printing an 养老 policy → 7.3, a 解读 about 养老 → 4.1, a 可研批复 of a
sewage plant → 2.10, a 财政局 budget approval of 政务公开 funds → 8.3). Noise: JPEG quality 38–62,
SVG turbulence grain, blur, light grey bylines, moiré and glare on photos of screens.
"""


def readme_tail(labels, c, size):
    head = ""
    traps = sorted({l["trap"] for l in labels if "trap" in l})
    groups = sorted({l["group"] for l in labels if "group" in l})
    return (head + "\n## Traps (the `trap` field)\n\n" + "".join(f"- {t}\n" for t in traps)
            + "\n## Near-duplicate groups (the `group` field)\n\n" + "".join(f"- {g}\n" for g in groups)
            + files_section(labels, c, size, wrong_units=False))
