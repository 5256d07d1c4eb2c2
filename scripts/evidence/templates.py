"""HTML page templates shared by the hold-outs: the document skeleton, a county portal page (with an
optional browser frame), a phone page (WeChat article, Weibo post, WeChat history), a formal
document (红头文件) and the looks of a phone photo or a flatbed scan of a printed page.

Every template returns (html, (width, height[, jpeg quality])) for chromium.shoot / Out.shot,
except docpage, which returns the html of a printable A4 page.
"""
import html
import re

from .dates import today_bar

FONT = "'WenQuanYi Micro Hei','WenQuanYi Zen Hei',sans-serif"
SERIF = "'WenQuanYi Zen Hei','WenQuanYi Micro Hei',serif"


def esc(s):
    return html.escape(s, quote=True)


def html_doc(title, css, body, charset="utf-8", nl=""):
    """nl="\n" writes the line breaks hold-out 1 wrote (after the doctype, the title and the end)."""
    return (f'<!DOCTYPE html>{nl}<html lang="zh-CN"><head><meta charset="{charset}">'
            f'<title>{esc(title)}</title>{nl}<style>{css}</style></head><body>{body}</body></html>{nl}')


def paras_html(paras):
    return "".join(x if x.startswith("<") else f"<p>{esc(x)}</p>" for x in paras)


PORTAL_CSS = """
*{margin:0;padding:0;box-sizing:border-box}
body{font-family:%(font)s;background:#f3f3f3;color:#333;font-size:15px;width:%(w)spx;overflow:hidden}
.bar{background:#fff;border-bottom:1px solid #e1e1e1;height:32px;line-height:32px;font-size:13px;color:#666;padding:0 60px}
.bar span{float:right}
.hd{height:104px;background:%(hd)s;color:#fff;padding:22px 60px}
.hd .n{font-size:34px;font-weight:bold;letter-spacing:3px}
.hd .u{font-size:12px;opacity:.9;margin-top:2px}
.hd .s{float:right;margin-top:14px;background:#fff;color:#aaa;width:270px;height:32px;line-height:32px;padding-left:12px;font-size:13px;border-radius:3px}
.nv{background:#8e0d13;height:44px;line-height:44px;padding:0 60px}
.nv a{color:#fff;text-decoration:none;font-size:16px;margin-right:48px}
.nv a.on{background:#fff;color:#8e0d13;padding:12px 14px}
.wrap{display:flex;padding:14px 60px}
.main{flex:1;background:#fff;padding:16px 30px 20px;border:1px solid #e4e4e4;min-height:700px}
.side{width:290px;margin-left:16px;background:#fff;border:1px solid #e4e4e4;padding:12px 14px}
.side h3{font-size:15px;color:#b3131b;border-bottom:2px solid #b3131b;padding-bottom:6px;margin-bottom:6px}
.side li{list-style:none;font-size:13px;line-height:27px;border-bottom:1px dotted #ccc;display:flex}
.side li b{font-weight:normal;flex:1;overflow:hidden;white-space:nowrap;text-overflow:ellipsis}
.side li i{font-style:normal;color:#999;margin-left:6px}
.crumb{font-size:13px;color:#777;border-bottom:1px solid #eee;padding-bottom:8px;margin-bottom:12px}
h1{font-size:23px;text-align:center;color:#222;line-height:34px;margin:6px 0 8px}
.sub{text-align:center;color:#555;font-size:14px;margin-bottom:6px}
.meta{text-align:center;font-size:13px;color:#888;border-bottom:1px dashed #ddd;padding-bottom:10px;margin-bottom:14px}
.meta b{font-weight:normal;margin:0 12px}
.idx{border:1px solid #e6d3d3;background:#fcf7f7;font-size:13px;padding:8px 12px;margin-bottom:12px;display:grid;grid-template-columns:1fr 1fr;line-height:24px}
.body p{text-indent:2em;line-height:29px;margin-bottom:6px;font-size:16px}
.body p.r{text-align:right;text-indent:0}
.body p.c{text-align:center;text-indent:0;font-weight:bold}
.body table{border-collapse:collapse;width:100%%;font-size:13px;margin:8px 0}
.body td,.body th{border:1px solid #bbb;padding:4px 6px;text-align:center}
.body th{background:#f4e9e9}
.rel{margin-top:14px;border-top:2px solid #b3131b;padding-top:8px}
.rel h4{font-size:15px;color:#b3131b;margin-bottom:4px}
.rel li{list-style:none;font-size:14px;line-height:28px;display:flex}
.rel li b{font-weight:normal;flex:1}
.rel li i{font-style:normal;color:#999}
.lst h2{font-size:19px;color:#b3131b;border-bottom:2px solid #b3131b;padding-bottom:8px;margin-bottom:6px}
.lst li{list-style:none;line-height:41px;border-bottom:1px dashed #ddd;font-size:15px;display:flex}
.lst li b{font-weight:normal;flex:1;overflow:hidden;white-space:nowrap;text-overflow:ellipsis}
.lst li i{font-style:normal;color:#888;margin-left:10px}
.pg{text-align:center;font-size:13px;color:#666;margin-top:16px}
.box{border:1px solid #e3caca;background:#fff8f6;padding:10px 16px;margin:10px 0;line-height:28px;font-size:15px}
.form td{padding:7px 8px;border:1px solid #ddd;font-size:14px}
.form td.k{background:#faf1f1;width:170px;text-align:right}
.form .in{display:inline-block;width:340px;height:26px;border:1px solid #ccc;vertical-align:middle}
.btn{display:inline-block;background:#b3131b;color:#fff;padding:6px 26px;margin:12px 10px 0 0}
"""

FRAME_CSS = """
.win{position:absolute;left:0;top:0;width:%(w)spx;height:%(h)spx;overflow:hidden;background:#fff}
.chr{height:76px;background:#e8eaed;border-bottom:1px solid #c4c4c4;font-size:13px}
.tab{display:inline-block;margin:8px 0 0 12px;background:#fff;width:240px;height:30px;line-height:30px;padding:0 12px;border-radius:8px 8px 0 0;white-space:nowrap;overflow:hidden}
.tab2{display:inline-block;margin-left:4px;width:200px;height:30px;line-height:30px;padding:0 12px;color:#555;white-space:nowrap;overflow:hidden}
.adr{margin:5px 12px;background:#fff;height:28px;line-height:28px;border-radius:14px;padding:0 18px;color:#202124}
.adr em{font-style:normal;color:#1a73e8;margin-right:8px}
.view{position:absolute;top:76px;left:0;right:0;bottom:40px;overflow:hidden}
.tk{position:absolute;left:0;right:0;bottom:0;height:40px;background:#101820;color:#fff}
.tk .st{float:left;width:48px;height:40px;background:#0a64ad}
.tk .sr{float:left;width:250px;height:40px;background:#fff;color:#555;line-height:40px;padding-left:12px;font-size:13px}
.tk .ap{float:left;width:44px;height:32px;margin:4px 3px;background:#2b3848;border-bottom:2px solid #7fb3ff}
.tk .ck{float:right;text-align:center;font-size:12px;line-height:17px;padding:3px 14px}
"""


def portal(p, hd="#c0201f", q=55):
    """A county portal / 信息公开平台 page, 1366 wide; optional browser frame and taskbar.
    hd: the header background; q: the JPEG quality of an unframed page."""
    w = 1366
    site = p.get("site", "霸州市人民政府")
    url = p.get("url", "www.bazhou.gov.cn")
    nav = p.get("nav", ["首页", "政务公开", "政务服务", "互动交流", "走进霸州", "专题专栏"])
    on = p.get("on", "政务公开")
    navh = "".join(f'<a class="{"on" if n == on else ""}">{esc(n)}</a>' for n in nav)
    head = (f'<div class="bar">{esc(today_bar(p["today"]))}　欢迎访问{esc(site)}网站'
            f'<span>无障碍浏览　|　长者模式　|　手机版　|　English</span></div>'
            f'<div class="hd"><div class="s">请输入关键字</div><div class="n">{esc(site)}</div>'
            f'<div class="u">{esc(url)}</div></div><div class="nv">{navh}</div>')
    crumb = f'<div class="crumb">当前位置：{esc(" > ".join(p["crumb"]))}</div>'
    if p.get("listing") is not None:
        items = "".join(f'<li><b>{esc(t)}</b><i>{esc(d)}</i></li>' for t, d in p["listing"])
        intro = "".join(f'<div class="box">{x}</div>' for x in p.get("box", []))
        main = (f'{crumb}<div class="lst"><h2>{esc(p["title"])}</h2>{intro}<ul>{items}</ul></div>'
                f'<div class="pg">{esc(p.get("pager", "首页 上一页 1 2 3 下一页 尾页"))}</div>')
    elif p.get("form") is not None:
        rows = "".join(f'<tr><td class="k">{esc(k)}</td><td>{v}</td></tr>' for k, v in p["form"])
        intro = "".join(f'<div class="box">{x}</div>' for x in p.get("box", []))
        main = (f'{crumb}<h1>{esc(p["title"])}</h1>{intro}<table class="form" style="border-collapse:collapse;width:100%">{rows}</table>'
                f'<div style="text-align:center"><span class="btn">提交申请</span><span class="btn" style="background:#888">重置</span></div>')
    else:
        idx = ""
        if p.get("index"):
            idx = '<div class="idx">' + "".join(f'<span>{esc(k)}：{esc(v)}</span>' for k, v in p["index"]) + '</div>'
        sub = f'<div class="sub">{esc(p["subtitle"])}</div>' if p.get("subtitle") else ""
        meta = '<div class="meta">' + "".join(f'<b>{esc(m)}</b>' for m in p.get("meta", [])) + '</div>'
        body = paras_html(p["paras"])
        boxes = "".join(f'<div class="box">{x}</div>' for x in p.get("box", []))
        rel = ""
        if p.get("related"):
            rel = (f'<div class="rel"><h4>{esc(p.get("related_title", "相关链接"))}</h4><ul>'
                   + "".join(f'<li><b>{esc(t)}</b><i>{esc(d)}</i></li>' for t, d in p["related"]) + '</ul></div>')
        main = f'{crumb}{idx}<h1>{esc(p["title"])}</h1>{sub}{meta}{boxes}<div class="body">{body}</div>{rel}'
    side = ""
    if p.get("side"):
        st, sl = p["side"]
        side = (f'<div class="side"><h3>{esc(st)}</h3><ul>'
                + "".join(f'<li><b>{esc(t)}</b><i>{esc(d)}</i></li>' for t, d in sl) + '</ul></div>')
    page = f'{head}<div class="wrap"><div class="main">{main}</div>{side}</div>'
    title = p.get("tab", p["title"])
    if p.get("frame"):
        fr = p["frame"]
        h = 768
        css = PORTAL_CSS % {"font": FONT, "w": w, "hd": hd} + FRAME_CSS % {"w": w, "h": h}
        page = (f'<div class="win"><div class="chr"><span class="tab">{esc(title)}</span>'
                f'<span class="tab2">{esc(fr.get("tab2", "百度一下，你就知道"))}</span>'
                f'<div class="adr"><em>&#128274;</em>{esc(fr["url"])}</div></div>'
                f'<div class="view">{page}</div><div class="tk"><div class="st"></div>'
                f'<div class="sr">在这里输入你要搜索的内容</div><div class="ap"></div><div class="ap"></div>'
                f'<div class="ap"></div><div class="ck">{esc(fr["time"])}<br>{esc(fr["date"])}</div></div></div>')
        return html_doc(title, css, page), (w, h, 70)
    return html_doc(title, PORTAL_CSS % {"font": FONT, "w": w, "hd": hd}, page), (w, p.get("height", 800), q)


PHONE_CSS = """
*{margin:0;padding:0;box-sizing:border-box}
body{font-family:%(font)s;background:#fff;color:#222;width:414px;overflow:hidden}
.sb{height:24px;line-height:24px;font-size:13px;padding:0 16px;background:%(bar)s;color:#111;font-weight:bold}
.sb span{float:right;font-weight:normal}
.tb{height:46px;line-height:46px;text-align:center;font-size:16px;background:%(bar)s;border-bottom:1px solid #e6e6e6;position:relative}
.tb:before{content:'\\2039';position:absolute;left:16px;font-size:30px;color:#333}
.tb:after{content:'\\00B7\\00B7\\00B7';position:absolute;right:16px;color:#333;font-weight:bold}
.art{padding:18px 18px 30px}
.art h2{font-size:22px;line-height:31px;margin-bottom:12px;color:#1a1a1a}
.art .m{font-size:14px;color:#a0a0a0;margin-bottom:18px}
.art .m a{color:#576b95;margin-right:10px}
.art p{font-size:16px;line-height:28px;margin-bottom:14px;text-align:justify;color:#333}
.art .pic{height:180px;margin:4px 0 14px;color:#fff;font-size:19px;text-align:center;padding-top:70px;%(pic)s}
.rd{font-size:13px;color:#999}
.wb{padding:14px 14px 10px;border-bottom:8px solid #f2f2f2}
.wb .av{float:left;width:44px;height:44px;border-radius:22px;background:#e8541e;color:#fff;text-align:center;line-height:44px;font-size:14px;margin-right:10px}
.wb .nm{font-size:15px;color:#eb7350;font-weight:bold;line-height:22px}
.wb .tm{font-size:12px;color:#a3a3a3;line-height:20px}
.wb .tx{clear:both;font-size:15px;line-height:25px;color:#333;padding-top:10px}
.wb .tx a{color:#eb7350}
.wb .ops{display:flex;justify-content:space-around;font-size:13px;color:#888;margin-top:10px;border-top:1px solid #eee;padding-top:8px}
.hi{padding:0 14px}
.hi .pf{text-align:center;padding:18px 0 12px;border-bottom:1px solid #eee}
.hi .pf .lg{width:62px;height:62px;border-radius:31px;margin:0 auto 8px;background:#c4161c;color:#fff;line-height:62px;font-size:15px}
.hi .dt{font-size:13px;color:#aaa;padding:12px 0 4px}
.hi .it{display:flex;padding:8px 0;border-bottom:1px solid #f0f0f0}
.hi .it b{flex:1;font-weight:normal;font-size:15px;line-height:22px}
.hi .it i{width:66px;height:52px;margin-left:10px;background:linear-gradient(135deg,#9bbde0,#4f7fb8)}
"""


def phone(kind, bar="#f7f7f7", c1="#9cc4ea", c2="#4f82bd", pic_css="background:%(c2)s;border-bottom:6px solid %(c1)s", **k):
    """kind: wechat (title, account, byline, pic, paras, reads), weibo (posts, comments) or a WeChat
    history list (account, logo, intro, days). pic_css: the look of the article's picture band."""
    css = PHONE_CSS % {"font": FONT, "bar": bar, "pic": pic_css % {"c1": c1, "c2": c2}}
    sb = f'<div class="sb">{esc(k.get("clock", "9:41"))}<span>4G 78%</span></div>'
    if kind == "wechat":
        body = paras_html(k["paras"])
        pic = f'<div class="pic">{esc(k["pic"])}</div>' if k.get("pic") else ""
        page = (f'{sb}<div class="tb">　</div><div class="art"><h2>{esc(k["title"])}</h2>'
                f'<div class="m"><a>{esc(k["account"])}</a>{esc(k["byline"])}</div>{pic}{body}'
                f'<div class="rd">{esc(k.get("reads", "阅读 1.2万　　赞 86"))}</div></div>')
    elif kind == "weibo":
        posts = ""
        for p in k["posts"]:
            posts += (f'<div class="wb"><div class="av">{esc(p.get("av", "水务"))}</div><div class="nm">{esc(p["name"])}</div>'
                      f'<div class="tm">{esc(p["time"])}</div><div class="tx">{p["text"]}</div>'
                      f'<div class="ops"><span>转发 {p.get("rt", 12)}</span><span>评论 {p.get("cm", 5)}</span><span>赞 {p.get("lk", 40)}</span></div></div>')
        cms = "".join(f'<div style="padding:10px 14px;border-bottom:1px solid #f0f0f0;font-size:14px;line-height:22px"><span style="color:#eb7350">{esc(n)}</span>：{esc(t)}<div style="font-size:12px;color:#aaa">{esc(tm)}</div></div>'
                      for n, t, tm in k.get("comments", []))
        if cms:
            cms = '<div style="padding:8px 14px;font-size:14px;color:#333;border-bottom:1px solid #eee">评论 ' + str(len(k["comments"])) + '</div>' + cms
        page = f'{sb}<div class="tb">微博正文</div>{posts}{cms}'
    else:  # wechat history list
        its = ""
        for day, titles in k["days"]:
            its += f'<div class="dt">{esc(day)}</div>' + "".join(f'<div class="it"><b>{esc(t)}</b><i></i></div>' for t in titles)
        page = (f'{sb}<div class="tb">{esc(k["account"])}</div><div class="hi"><div class="pf"><div class="lg">{esc(k["logo"])}</div>'
                f'<div style="font-size:17px;font-weight:bold">{esc(k["account"])}</div>'
                f'<div style="font-size:13px;color:#999;margin-top:4px">{esc(k["intro"])}</div></div>{its}</div>')
    return html_doc(k.get("title", "微信"), css, page), (414, 896, 75)


DOC_CSS = """
@page{size:A4;margin:22mm 24mm 20mm 26mm}
*{margin:0;padding:0}
body{font-family:%(serif)s;color:#000;font-size:15.5pt;line-height:1.75}
.red{color:#d0021b;text-align:center;font-size:30pt;font-weight:normal;letter-spacing:4px;line-height:1.4;margin-top:4mm}
.no{text-align:center;font-size:14pt;margin:4mm 0 2mm}
.rl{border-top:2px solid #d0021b;margin-bottom:8mm}
h1{font-size:19pt;text-align:center;line-height:1.5;margin:4mm 0 6mm;font-weight:normal}
.st{text-align:center;font-size:13pt;margin:-4mm 0 5mm}
p{text-indent:2em;text-align:justify}
p.n{text-indent:0}
p.r{text-align:right;text-indent:0;padding-right:6mm}
p.h{font-weight:normal;letter-spacing:1px}
table{border-collapse:collapse;width:100%%;font-size:11pt;line-height:1.5;margin:3mm 0}
td,th{border:1px solid #000;padding:2px 4px;text-align:center;font-weight:normal}
.yf{margin-top:10mm;border-top:1px solid #000;border-bottom:1px solid #000;font-size:13pt;padding:1mm 2mm;display:flex;justify-content:space-between}
.sig{margin-top:8mm}
"""

DOC_IMAGE_CSS = "body{width:794px;padding:70px 84px;box-sizing:border-box;font-size:19px;background:#fff}h1{font-size:24px}.red{font-size:36px}table{font-size:14px}"


def red_head(red, no, title, cls="red"):
    """The head of a formal document: the issuing unit in red, the document number and a red rule
    (or only a number, right-aligned), then the title."""
    parts = []
    if red:
        parts.append(f'<div class="{cls}">{esc(red)}</div>')
        if no:
            parts.append(f'<div class="no">{esc(no)}</div>')
        parts.append('<div class="rl"></div>')
    elif no:
        parts.append(f'<div class="no" style="text-align:right">{esc(no)}</div>')
    parts.append(f'<h1>{esc(title)}</h1>')
    return parts


def docpage(d, for_image=False, css=None, image_css=DOC_IMAGE_CSS):
    """A formal document (红头 optional).  d: red, no, title, subtitle, to, paras, sign, after, yinfa.
    css: the page CSS (default DOC_CSS in SERIF); image_css: added when the page is photographed or scanned."""
    parts = red_head(d.get("red"), d.get("no"), d["title"])
    if d.get("subtitle"):
        parts.append(f'<div class="st">{esc(d["subtitle"])}</div>')
    if d.get("to"):
        parts.append(f'<p class="n">{esc(d["to"])}</p>')
    parts.append(paras_html(d["paras"]))
    if d.get("sign"):
        parts.append('<div class="sig">' + "".join(f'<p class="r">{esc(s)}</p>' for s in d["sign"]) + '</div>')
    if d.get("after"):
        parts.append(paras_html(d["after"]))
    if d.get("yinfa"):
        a, b = d["yinfa"]
        parts.append(f'<div class="yf"><span>{esc(a)}</span><span>{esc(b)}</span></div>')
    if css is None:
        css = DOC_CSS % {"serif": SERIF}
    if for_image:
        css += image_css
    return html_doc(d["title"], css, "".join(parts))


def photo_page(inner_doc_html, rotate=-2.2, w=1200, h=1600):
    """A phone photo of a sheet of paper lying on a desk (inner document shown through an iframe-less copy)."""
    body_start = inner_doc_html.index("<body>") + 6
    inner = inner_doc_html[body_start:inner_doc_html.rindex("</body>")]
    style = inner_doc_html[inner_doc_html.index("<style>") + 7:inner_doc_html.index("</style>")]
    style = re.sub(r"@page\{[^}]*\}", "", style).replace("body{", ".paper{")
    css = (f"*{{margin:0;padding:0}}html,body{{width:{w}px;height:{h}px;overflow:hidden;"
           "background:radial-gradient(ellipse at 40% 35%,#8a7760,#5b4a38 70%,#3e3226)}"
           + style +
           f".paper{{position:absolute;left:110px;top:120px;width:794px;min-height:1123px;padding:70px 80px;background:#f6f3ea;"
           f"transform:rotate({rotate}deg) scale(1.22);transform-origin:0 0;box-shadow:12px 18px 40px rgba(0,0,0,.55);font-size:18px}}"
           ".shade{position:absolute;left:0;top:0;width:100%;height:100%;"
           "background:linear-gradient(160deg,rgba(255,255,255,.18),rgba(0,0,0,0) 40%,rgba(0,0,0,.22))}")
    return html_doc("photo", css, f'<div class="paper">{inner}</div><div class="shade"></div>'), (w, h, 72)


def scan_page(inner_doc_html, rotate=0.7):
    body_start = inner_doc_html.index("<body>") + 6
    inner = inner_doc_html[body_start:inner_doc_html.rindex("</body>")]
    style = inner_doc_html[inner_doc_html.index("<style>") + 7:inner_doc_html.index("</style>")]
    style = re.sub(r"@page\{[^}]*\}", "", style).replace("body{", ".paper{")
    css = ("*{margin:0;padding:0}html,body{width:1240px;height:1754px;overflow:hidden;background:#fff}" + style +
           f".paper{{position:absolute;left:40px;top:36px;width:794px;min-height:1123px;padding:70px 84px;background:#fff;"
           f"transform:rotate({rotate}deg) scale(1.5);transform-origin:0 0;font-size:18px;filter:grayscale(1) contrast(1.35)}}"
           ".dust{position:absolute;left:0;top:0;width:100%;height:100%;background:linear-gradient(90deg,rgba(0,0,0,.06),rgba(0,0,0,0) 6%,rgba(0,0,0,0) 94%,rgba(0,0,0,.08))}")
    return html_doc("scan", css, f'<div class="paper">{inner}</div><div class="dust"></div>'), (1240, 1754, 60)
