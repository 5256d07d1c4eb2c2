"""Page looks of hold-out 10 (our own designs; the plumbing in scripts/evidence is used as it is).

Desktop designs (each returns (html, (w, h, q))):
  trs    a TRS-style 河北 provincial 集约化 cluster site, 1280 wide, grey-blue, 【字号：大 中 小】 meta line
  hanweb a Hanweb-style county site, 1440 wide, deep red gradient banner, 信息来源/发布日期/浏览次数 line
  xxgk   a 政府信息公开 platform, 1600 wide, left 目录 tree and a metadata box (索引号 … 成文日期 … 发布日期)
  plain  a plain 1024-wide county site, table layout, small type, unlabelled bylines
  slate  a 1920-wide modern portal, big banner, very light-grey bylines
Any desktop page may sit in a browser window (address bar with the page URL, optional taskbar clock)
or be cropped to the content.
Phone looks: WeChat article (390/414/1080), 政务APP article (720), WeChat account home / history,
a phone photo of a screen (1200) and a photo of a paper notice on a board (1200).
Documents: a red-header page with a red seal over the signature date, printed, scanned in colour
or grey.
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "scripts"))

from evidence.dates import today_bar  # noqa: E402
from evidence.templates import FONT, SERIF, esc, html_doc, paras_html  # noqa: E402

BASE = """*{margin:0;padding:0;box-sizing:border-box}
body{font-family:%s;width:%dpx;overflow:hidden;background:%s;color:#333}
ul{list-style:none}
.ct p{text-indent:2em;margin-bottom:8px}
.ct p.r{text-align:right;text-indent:0}
.ct p.c{text-align:center;text-indent:0;font-weight:bold}
.ct table{border-collapse:collapse;width:100%%;margin:8px 0}
.ct td,.ct th{border:1px solid #aaa;padding:4px 6px;text-align:center;font-weight:normal}
.lst li{display:flex;border-bottom:1px dashed #d6d6d6}
.lst li b{flex:1;font-weight:normal;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
.lst li i{font-style:normal;color:#888;margin-left:12px}
"""

W = {"trs": 1280, "hanweb": 1440, "xxgk": 1600, "plain": 1024, "slate": 1920}


def _grid(grid, cls):
    if not grid:
        return ""
    cells = ""
    for i in range(0, len(grid), 2):
        row = grid[i:i + 2]
        cells += "<tr>" + "".join(f'<th>{esc(k)}</th><td>{esc(v)}</td>' for k, v in row) + "</tr>"
    return f'<table class="{cls}">{cells}</table>'


def _listing(items):
    return "<ul class=\"lst\">" + "".join(f'<li><b>· {esc(t)}</b><i>{esc(d)}</i></li>' for t, d in items) + "</ul>"


def _form(rows):
    return ('<table class="fm">' + "".join(f'<tr><th>{esc(k)}</th><td>{v}</td></tr>' for k, v in rows) + '</table>'
            '<div class="btns"><span>提交</span><span class="g">重置</span></div>')


def _main(p):
    """The content block common to all designs: article | listing | form | home."""
    if p.get("listing") is not None:
        box = "".join(f'<div class="intro">{esc(x)}</div>' for x in p.get("box", []))
        return f'<div class="lh">{esc(p["title"])}</div>{box}{_listing(p["listing"])}<div class="pager">{esc(p.get("pager", "共 5 页  首页 上一页 1 2 3 4 5 下一页 尾页"))}</div>'
    if p.get("form") is not None:
        box = "".join(f'<div class="intro">{esc(x)}</div>' for x in p.get("box", []))
        return f'<h1>{esc(p["title"])}</h1>{box}{_form(p["form"])}'
    if p.get("home") is not None:
        blocks = ""
        for name, items in p["home"]:
            blocks += f'<div class="hb"><div class="lh">{esc(name)}</div>{_listing(items)}</div>'
        return f'<div class="homegrid">{blocks}</div>'
    grid = _grid(p.get("grid"), "grid")
    sub = f'<div class="subt">{esc(p["subtitle"])}</div>' if p.get("subtitle") else ""
    meta = ""
    if p.get("meta"):
        meta = f'<div class="meta">{esc(p["meta"])}</div>'
    if p.get("byline"):
        meta = f'<div class="byline{" grey" if p.get("grey") else ""}">{esc(p["byline"])}</div>'
    rel = ""
    if p.get("related"):
        rel = (f'<div class="rel"><div class="lh">{esc(p.get("related_title", "相关信息"))}</div>'
               + _listing(p["related"]) + '</div>')
    return f'{grid}<h1>{esc(p["title"])}</h1>{sub}{meta}<div class="ct">{paras_html(p["paras"])}</div>{rel}'


TRS = """
.top{height:30px;line-height:30px;background:#eef2f6;font-size:12px;color:#667;padding:0 40px;border-bottom:1px solid #d8e0ea}
.top span{float:right}
.ban{height:120px;background:linear-gradient(180deg,#2a5d93,#3f7ab6);color:#fff;padding:26px 40px;position:relative}
.ban .em{float:left;width:66px;height:66px;border-radius:33px;background:radial-gradient(#f3d36b,#c9962c);margin-right:16px}
.ban .nm{font-size:32px;font-family:%(serif)s;letter-spacing:6px;line-height:44px}
.ban .en{font-size:12px;opacity:.8;letter-spacing:1px}
.ban .sr{position:absolute;right:40px;top:44px;width:300px;height:32px;background:rgba(255,255,255,.92);border-radius:16px;color:#999;font-size:13px;line-height:32px;padding-left:16px}
.nav{background:#1d4a78;height:42px;line-height:42px;padding:0 40px}
.nav a{color:#dfe8f3;font-size:15px;margin-right:40px}
.nav a.on{color:#fff;border-bottom:3px solid #f3c449;padding-bottom:8px}
.body{padding:16px 40px 30px;background:#f4f6f9}
.crumb{font-size:13px;color:#667;margin-bottom:10px}
.crumb b{color:#2a5d93;font-weight:normal}
.card{background:#fff;border-top:3px solid #2a5d93;padding:22px 60px 30px;min-height:600px}
h1{font-size:24px;color:#1b3656;text-align:center;line-height:36px;margin-bottom:10px;font-weight:bold}
.subt{text-align:center;font-size:15px;color:#456;margin-bottom:8px}
.meta{text-align:center;font-size:13px;color:#7a8594;padding-bottom:12px;border-bottom:1px solid #dde3ea;margin-bottom:18px}
.byline{text-align:center;font-size:13px;color:#8a8a8a;margin-bottom:18px}
.byline.grey{color:#cfd3d8;font-size:12px}
.ct{font-size:16px;line-height:30px;color:#222}
.grid{width:100%%;border-collapse:collapse;font-size:13px;margin-bottom:16px}
.grid th{background:#eef3f9;color:#456;width:110px;border:1px solid #d4dde8;padding:5px;font-weight:normal}
.grid td{border:1px solid #d4dde8;padding:5px 10px;text-align:left}
.lh{font-size:18px;color:#2a5d93;border-bottom:2px solid #2a5d93;padding-bottom:6px;margin-bottom:6px;font-weight:bold}
.lst li{line-height:40px;font-size:15px}
.pager,.intro{font-size:13px;color:#667;margin-top:12px;text-align:center}
.intro{text-align:left;background:#f3f7fb;border:1px solid #dde6f0;padding:8px 12px;margin-bottom:8px;line-height:24px}
.rel{margin-top:18px}
.fm{width:100%%;border-collapse:collapse;font-size:14px}.fm th{width:180px;background:#eef3f9;border:1px solid #d4dde8;padding:8px;font-weight:normal;text-align:right}.fm td{border:1px solid #d4dde8;padding:8px}
.btns{text-align:center;margin-top:14px}.btns span{display:inline-block;background:#2a5d93;color:#fff;padding:6px 30px;margin:0 8px}.btns .g{background:#999}
.homegrid{display:grid;grid-template-columns:1fr 1fr;gap:18px}
.foot{background:#2b3a4c;color:#aab5c2;font-size:12px;text-align:center;line-height:24px;padding:14px}
"""

HANWEB = """
.tl{height:34px;line-height:34px;font-size:12px;color:#8a6d6d;background:#fff7f2;padding:0 120px}
.tl span{float:right}
.ban{height:150px;background:linear-gradient(90deg,#7b0b0b,#b71c1c 40%%,#e0553b);padding:36px 120px;color:#fff}
.ban .nm{font-size:40px;font-weight:bold;letter-spacing:8px;font-family:%(serif)s;text-shadow:2px 2px 0 rgba(0,0,0,.25)}
.ban .wx{font-size:13px;margin-top:8px;opacity:.85}
.nav{background:#fff;height:50px;line-height:50px;padding:0 120px;border-bottom:3px solid #b71c1c}
.nav a{color:#333;font-size:17px;margin-right:52px}
.nav a.on{color:#b71c1c;font-weight:bold}
.body{padding:18px 120px 30px;background:#fafafa;display:flex}
.lft{width:240px;margin-right:20px;background:#fff;border:1px solid #eee}
.lft .hd{background:#b71c1c;color:#fff;font-size:18px;padding:14px 18px}
.lft li{padding:11px 18px;border-bottom:1px solid #f0e3e3;font-size:15px;color:#444}
.lft li.on{background:#fbe9e7;color:#b71c1c}
.card{flex:1;background:#fff;border:1px solid #eee;padding:20px 44px 30px;min-height:620px}
.crumb{font-size:13px;color:#999;border-bottom:1px solid #f0f0f0;padding-bottom:10px;margin-bottom:16px}
h1{font-size:25px;text-align:center;color:#b71c1c;line-height:38px;margin-bottom:10px}
.subt{text-align:center;font-size:15px;color:#555;margin-bottom:6px}
.meta{text-align:center;font-size:13px;color:#999;background:#f7f7f7;line-height:34px;margin-bottom:20px}
.byline{text-align:center;font-size:13px;color:#999;margin-bottom:18px}
.byline.grey{color:#d2d2d2;font-size:12px}
.ct{font-size:16px;line-height:32px;color:#333}
.grid{width:100%%;border-collapse:collapse;font-size:13px;margin-bottom:18px;background:#fffaf8}
.grid th{color:#8a3a3a;width:100px;border:1px solid #efd9d3;padding:6px;font-weight:normal}
.grid td{border:1px solid #efd9d3;padding:6px 10px;text-align:left}
.lh{font-size:19px;color:#b71c1c;border-bottom:1px solid #eee;padding-bottom:8px;margin-bottom:6px}
.lst li{line-height:44px;font-size:15px}
.pager{font-size:13px;color:#777;margin-top:14px;text-align:center}
.intro{font-size:14px;color:#555;background:#fff7f2;padding:10px 14px;margin-bottom:10px;line-height:24px}
.rel{margin-top:20px}
.share{margin-top:16px;font-size:12px;color:#aaa;text-align:right}
.fm{width:100%%;border-collapse:collapse;font-size:14px}.fm th{width:180px;background:#fbeeee;border:1px solid #eed;padding:8px;font-weight:normal;text-align:right}.fm td{border:1px solid #eee;padding:8px}
.btns{text-align:center;margin-top:14px}.btns span{display:inline-block;background:#b71c1c;color:#fff;padding:6px 30px;margin:0 8px}.btns .g{background:#999}
.homegrid{display:grid;grid-template-columns:1fr 1fr;gap:18px}
.foot{background:#3a1a1a;color:#cbb;font-size:12px;text-align:center;line-height:24px;padding:16px}
"""

XXGK = """
.tp{height:64px;background:#fff;border-bottom:4px solid #0b7a75;padding:0 50px;display:flex;align-items:center}
.tp .lg{width:44px;height:44px;background:#0b7a75;color:#fff;border-radius:6px;text-align:center;line-height:44px;font-size:20px;margin-right:12px}
.tp .nm{font-size:26px;color:#0b5f5b;font-weight:bold;letter-spacing:2px}
.tp .nm small{font-size:14px;color:#5c8d8a;font-weight:normal;margin-left:12px;letter-spacing:0}
.tp .sr{margin-left:auto;font-size:13px;color:#789}
.tabs{background:#0b7a75;height:40px;line-height:40px;padding:0 50px}
.tabs a{color:#e0f2f1;font-size:15px;margin-right:36px}
.tabs a.on{background:#fff;color:#0b7a75;padding:11px 16px}
.body{display:flex;padding:14px 50px 24px;background:#eef4f3}
.tree{width:270px;background:#fff;margin-right:16px;font-size:14px;padding:10px 0}
.tree .th{font-size:15px;color:#0b7a75;font-weight:bold;padding:6px 16px;border-bottom:1px solid #d6e6e4}
.tree li{padding:7px 16px 7px 26px;color:#455}
.tree li.on{background:#e0f2f1;color:#0b5f5b}
.card{flex:1;background:#fff;padding:18px 36px 28px;min-height:640px}
.crumb{font-size:13px;color:#7a8b89;margin-bottom:12px}
h1{font-size:22px;text-align:center;color:#123;line-height:34px;margin:10px 0}
.subt{text-align:center;font-size:14px;color:#456;margin-bottom:6px}
.meta{text-align:center;font-size:13px;color:#7a8b89;margin-bottom:16px}
.byline{text-align:center;font-size:13px;color:#8a9a98;margin-bottom:16px}
.byline.grey{color:#cfd8d6;font-size:12px}
.ct{font-size:15px;line-height:29px}
.grid{width:100%%;border-collapse:collapse;font-size:13px;border:2px solid #0b7a75}
.grid th{background:#e8f3f2;color:#0b5f5b;width:90px;border:1px solid #bcd9d6;padding:6px;font-weight:normal;text-align:right}
.grid td{border:1px solid #bcd9d6;padding:6px 10px;text-align:left;color:#234}
.lh{font-size:17px;color:#0b7a75;border-bottom:2px solid #0b7a75;padding-bottom:6px;margin-bottom:4px;font-weight:bold}
.lst li{line-height:38px;font-size:14px}
.pager{font-size:13px;color:#789;margin-top:12px;text-align:center}
.intro{font-size:13px;color:#456;background:#f1f8f7;border-left:4px solid #0b7a75;padding:8px 12px;margin:8px 0;line-height:23px}
.rel{margin-top:18px;border:1px solid #d6e6e4;padding:8px 12px}
.fm{width:100%%;border-collapse:collapse;font-size:14px}.fm th{width:170px;background:#e8f3f2;border:1px solid #bcd9d6;padding:8px;font-weight:normal;text-align:right}.fm td{border:1px solid #bcd9d6;padding:8px}
.btns{text-align:center;margin-top:14px}.btns span{display:inline-block;background:#0b7a75;color:#fff;padding:6px 30px;margin:0 8px}.btns .g{background:#999}
.homegrid{display:grid;grid-template-columns:1fr 1fr 1fr;gap:14px}
.foot{background:#0b4a47;color:#b5d3d0;font-size:12px;text-align:center;line-height:24px;padding:12px}
"""

PLAIN = """
body{font-size:12px}
.outer{width:1000px;margin:0 auto;background:#fff;border-left:1px solid #bbb;border-right:1px solid #bbb}
.ban{height:96px;background:#2f6db5;color:#fff;font-size:30px;font-family:%(serif)s;padding:26px 20px;letter-spacing:4px}
.ban small{font-size:12px;letter-spacing:0;margin-left:12px}
.nav{background:#e5eef8;border-top:1px solid #9bb8dc;border-bottom:1px solid #9bb8dc;height:28px;line-height:28px;padding-left:12px}
.nav a{color:#1a3f73;margin-right:22px;font-size:13px}
.body{display:flex;padding:8px}
.lft{width:180px;border:1px solid #c5d5ea;margin-right:8px}
.lft .hd{background:#4a83c4;color:#fff;font-weight:bold;padding:5px 8px;font-size:13px}
.lft li{padding:5px 10px;border-bottom:1px dotted #ccc}
.card{flex:1;border:1px solid #c5d5ea;padding:10px 18px 20px;min-height:560px}
.crumb{color:#666;border-bottom:1px solid #c5d5ea;padding-bottom:5px;margin-bottom:12px}
h1{font-size:18px;text-align:center;color:#c00;line-height:28px;margin:6px 0}
.subt{text-align:center;font-size:13px;margin-bottom:4px}
.meta{text-align:center;color:#666;margin-bottom:12px;border-bottom:1px dotted #aaa;padding-bottom:6px}
.byline{text-align:center;color:#777;margin-bottom:12px}
.byline.grey{color:#d0d0d0;font-size:11px}
.ct{font-size:14px;line-height:24px}
.grid{width:100%%;border-collapse:collapse;margin-bottom:10px}
.grid th,.grid td{border:1px solid #9bb8dc;padding:3px 6px;text-align:left;font-weight:normal}
.grid th{background:#eef4fb;width:80px}
.lh{font-size:14px;font-weight:bold;color:#1a3f73;border-bottom:2px solid #4a83c4;padding-bottom:4px;margin-bottom:4px}
.lst li{line-height:26px;font-size:13px}
.pager{color:#666;margin-top:10px;text-align:center}
.intro{color:#333;margin:6px 0;line-height:20px}
.rel{margin-top:12px}
.print{text-align:right;color:#1a3f73;margin-top:10px}
.fm{width:100%%;border-collapse:collapse}.fm th,.fm td{border:1px solid #9bb8dc;padding:5px}.fm th{width:130px;text-align:right;font-weight:normal;background:#eef4fb}
.btns{text-align:center;margin-top:10px}.btns span{display:inline-block;border:1px solid #777;background:#eee;padding:3px 18px;margin:0 6px}
.homegrid{display:grid;grid-template-columns:1fr 1fr;gap:10px}
.foot{border-top:2px solid #2f6db5;text-align:center;color:#555;line-height:20px;padding:8px}
"""

SLATE = """
.hdr{height:260px;background:linear-gradient(115deg,#0f2a4a 0%%,#1e4f86 45%%,#6aa0d8 100%%);position:relative;color:#fff;padding:40px 260px}
.hdr:after{content:'';position:absolute;left:0;right:0;bottom:0;height:80px;background:linear-gradient(0deg,rgba(255,255,255,.25),rgba(255,255,255,0))}
.hdr .nm{font-size:46px;font-weight:bold;letter-spacing:10px}
.hdr .wx{font-size:15px;margin-top:12px;opacity:.9}
.hdr .sr{position:absolute;right:260px;top:56px;width:380px;height:40px;border-radius:20px;background:rgba(255,255,255,.2);border:1px solid rgba(255,255,255,.6);line-height:40px;padding-left:20px;font-size:14px}
.nav{height:60px;line-height:60px;background:#fff;box-shadow:0 2px 8px rgba(0,0,0,.08);padding:0 260px}
.nav a{font-size:18px;color:#223;margin-right:70px}
.nav a.on{color:#1e4f86;font-weight:bold;border-bottom:3px solid #1e4f86;padding-bottom:16px}
.body{padding:26px 260px 40px;background:#f5f7fa}
.crumb{font-size:14px;color:#8a94a3;margin-bottom:16px}
.card{background:#fff;padding:40px 120px 50px;min-height:640px;box-shadow:0 1px 6px rgba(0,0,0,.05)}
h1{font-size:30px;text-align:center;color:#1a1f2b;line-height:44px;margin-bottom:14px}
.subt{text-align:center;font-size:17px;color:#556;margin-bottom:10px}
.meta{text-align:center;font-size:14px;color:#9aa3ae;margin-bottom:26px;padding-bottom:18px;border-bottom:1px solid #eef0f3}
.byline{text-align:center;font-size:14px;color:#a6aeb8;margin-bottom:26px;padding-bottom:18px;border-bottom:1px solid #eef0f3}
.byline.grey{color:#d2d7dd;font-size:13px}
.ct{font-size:18px;line-height:36px;color:#2c3340}
.grid{width:100%%;border-collapse:collapse;font-size:15px;margin-bottom:20px}
.grid th{background:#f0f4f9;color:#556;width:130px;border:1px solid #e2e8f0;padding:8px;font-weight:normal}
.grid td{border:1px solid #e2e8f0;padding:8px 12px;text-align:left}
.lh{font-size:22px;color:#1e4f86;border-bottom:1px solid #e2e8f0;padding-bottom:10px;margin-bottom:8px;font-weight:bold}
.lst li{line-height:54px;font-size:17px}
.pager{font-size:14px;color:#889;margin-top:18px;text-align:center}
.intro{font-size:16px;color:#556;background:#f5f8fc;padding:12px 16px;margin-bottom:12px;line-height:28px}
.rel{margin-top:26px}
.fm{width:100%%;border-collapse:collapse;font-size:16px}.fm th{width:220px;background:#f0f4f9;border:1px solid #e2e8f0;padding:10px;font-weight:normal;text-align:right}.fm td{border:1px solid #e2e8f0;padding:10px}
.btns{text-align:center;margin-top:18px}.btns span{display:inline-block;background:#1e4f86;color:#fff;padding:8px 40px;margin:0 10px;border-radius:4px}.btns .g{background:#aab}
.homegrid{display:grid;grid-template-columns:1fr 1fr 1fr;gap:24px}
.foot{background:#0f2a4a;color:#9fb3c8;font-size:14px;text-align:center;line-height:28px;padding:22px}
"""

FRAME = """
.win{position:absolute;left:0;top:0;width:%(w)dpx;height:%(h)dpx;overflow:hidden;background:#fff}
.chr{height:80px;background:#dee1e6;font-size:13px;font-family:%(font)s}
.tab{display:inline-block;margin:8px 0 0 10px;background:#fff;width:250px;height:32px;line-height:32px;padding:0 14px;border-radius:8px 8px 0 0;white-space:nowrap;overflow:hidden;color:#222}
.tab2{display:inline-block;width:210px;height:32px;line-height:32px;padding:0 14px;color:#555;white-space:nowrap;overflow:hidden}
.adr{margin:4px 10px;background:#fff;height:30px;line-height:30px;border-radius:15px;padding:0 18px;color:#202124;font-size:14px}
.adr em{font-style:normal;color:#5f6368;margin-right:10px}
.view{position:absolute;top:80px;left:0;right:0;bottom:%(tk)dpx;overflow:hidden}
.tk{position:absolute;left:0;right:0;bottom:0;height:40px;background:#1c2733;color:#fff;font-family:%(font)s}
.tk .st{float:left;width:48px;height:40px;background:#2b78c2}
.tk .ap{float:left;width:44px;height:32px;margin:4px 3px;background:#34465a;border-bottom:2px solid #8cc0ff}
.tk .ck{float:right;text-align:center;font-size:12px;line-height:17px;padding:3px 14px}
"""


def desk(design, p):
    """A desktop portal page. p: site, url, today, nav, on, crumb, title, (meta | byline[, grey]), grid,
    paras, related, listing, form, home, side (left menu), frame {url, tab2, clock?}, height, q."""
    w = W[design]
    site = p.get("site", "霸州市人民政府")
    nav = p.get("nav", ["首页", "政务公开", "政务服务", "互动交流", "走进霸州"])
    on = p.get("on", "政务公开")
    navh = "".join(f'<a class="{"on" if n == on else ""}">{esc(n)}</a>' for n in nav)
    crumb = '<div class="crumb">' + esc(p.get("crumb_label", "当前位置：")) + " &gt; ".join(esc(c) for c in p.get("crumb", ["首页", "政务公开"])) + '</div>'
    main = _main(p)
    today = p.get("today")
    side = p.get("side", ["通知公告", "政策文件", "政策解读", "部门动态", "公开年报"])
    son = p.get("side_on", side[0] if side else "")
    if design == "trs":
        css = TRS % {"serif": SERIF}
        head = (f'<div class="top">{esc(today_bar(today)) if today else ""}　河北省人民政府网站集约化平台<span>'
                f'登录 | 注册 | 无障碍 | 关怀版</span></div><div class="ban"><div class="em"></div>'
                f'<div class="nm">{esc(site)}</div><div class="en">www.bazhou.gov.cn</div><div class="sr">站内搜索</div></div>'
                f'<div class="nav">{navh}</div>')
        body = f'<div class="body">{crumb}<div class="card">{main}</div></div>'
        foot = '<div class="foot">主办：霸州市人民政府办公室　承办：霸州市融媒体中心　网站标识码：1310810006　冀ICP备05007152号</div>'
    elif design == "hanweb":
        css = HANWEB % {"serif": SERIF}
        head = (f'<div class="tl">{esc(today_bar(today)) if today else ""}<span>设为首页 | 加入收藏 | 繁體 | 无障碍</span></div>'
                f'<div class="ban"><div class="nm">{esc(site)}</div><div class="wx">{esc(p.get("weather", "霸州　晴　-2℃~9℃　西北风3级"))}</div></div>'
                f'<div class="nav">{navh}</div>')
        lft = ('<div class="lft"><div class="hd">' + esc(p.get("side_title", "政务公开")) + '</div><ul>'
               + "".join(f'<li class="{"on" if s == son else ""}">{esc(s)}</li>' for s in side) + '</ul></div>')
        share = '<div class="share">【字体：大 中 小】　【打印本页】　【关闭窗口】　分享到：微信 微博</div>' if p.get("paras") else ""
        body = f'<div class="body">{lft}<div class="card">{crumb}{main}{share}</div></div>'
        foot = '<div class="foot">版权所有：霸州市人民政府　技术支持：霸州市融媒体中心　政府网站标识码1310810006</div>'
    elif design == "xxgk":
        css = XXGK.replace('%%', '%')
        tree = p.get("tree", [("按机构", ["市政府办公室", "市政务公开办", "市财政局", "市住房和城乡建设局", "市卫生健康局"]),
                              ("按主题", ["综合政务", "城乡建设", "卫生健康", "财政金融"])])
        th = "".join(f'<div class="th">{esc(t)}</div><ul>' + "".join(f'<li class="{"on" if x == son else ""}">{esc(x)}</li>' for x in xs) + '</ul>' for t, xs in tree)
        head = (f'<div class="tp"><div class="lg">公</div><div class="nm">{esc(p.get("site", "霸州市政府信息公开平台"))}<small>{esc(today_bar(today)) if today else ""}</small></div>'
                f'<div class="sr">信息检索　|　依申请公开　|　返回门户</div></div><div class="tabs">'
                + "".join(f'<a class="{"on" if n == p.get("tab_on", "法定主动公开内容") else ""}">{esc(n)}</a>' for n in
                          ["信息公开指南", "信息公开制度", "法定主动公开内容", "信息公开年报", "依申请公开"]) + '</div>')
        body = f'<div class="body"><div class="tree">{th}</div><div class="card">{crumb}{main}</div></div>'
        foot = '<div class="foot">霸州市人民政府办公室主办　霸州市政府信息公开平台</div>'
    elif design == "plain":
        css = PLAIN % {"serif": SERIF}
        head = (f'<div class="outer"><div class="ban">{esc(site)}<small>{esc(today_bar(today)) if today else ""}</small></div>'
                f'<div class="nav">{navh}</div>')
        lft = ('<div class="lft"><div class="hd">' + esc(p.get("side_title", "栏目导航")) + '</div><ul>'
               + "".join(f'<li>{esc(s)}</li>' for s in side) + '</ul></div>')
        pr = '<div class="print">【打印】【关闭】</div>' if p.get("paras") else ""
        body = f'<div class="body">{lft}<div class="card">{crumb}{main}{pr}</div></div>'
        foot = '<div class="foot">Copyright 霸州市人民政府 主办单位：霸州市人民政府办公室 建议使用1024×768分辨率浏览</div></div>'
    else:
        css = SLATE.replace('%%', '%')
        head = (f'<div class="hdr"><div class="nm">{esc(site)}</div><div class="wx">{esc(p.get("weather", "") or (today_bar(today) if today else ""))}</div>'
                f'<div class="sr">请输入关键词</div></div><div class="nav">{navh}</div>')
        body = f'<div class="body">{crumb}<div class="card">{main}</div></div>'
        foot = '<div class="foot">霸州市人民政府 版权所有　网站标识码：1310810006　冀公网安备13108102000123号</div>'
    css = BASE % (FONT, w, "#fff") + css
    page = head + body + foot
    title = p.get("tab", p["title"])
    fr = p.get("frame")
    h = p.get("height", 900)
    q = p.get("q", 80)
    if fr:
        tk = 40 if fr.get("clock") else 0
        css += FRAME % {"w": w, "h": h, "tk": tk, "font": FONT}
        clock = ""
        if tk:
            t, d = fr["clock"]
            clock = (f'<div class="tk"><div class="st"></div><div class="ap"></div><div class="ap"></div><div class="ap"></div>'
                     f'<div class="ck">{esc(t)}<br>{esc(d)}</div></div>')
        page = (f'<div class="win"><div class="chr"><span class="tab">{esc(title)}</span><span class="tab2">{esc(fr.get("tab2", "新标签页"))}</span>'
                f'<div class="adr"><em>&#9432; 不安全 |</em>{esc(fr["url"])}</div></div><div class="view">{page}</div>{clock}</div>')
    return html_doc(title, css, page), (w, h, q)


# ---------------------------------------------------------------- phone looks

WX = """*{margin:0;padding:0;box-sizing:border-box}
html{zoom:%(zoom)s}
body{font-family:%(font)s;background:#fff;width:%(bw)dpx;overflow:hidden;color:#333}
.sb{height:26px;line-height:26px;font-size:13px;padding:0 18px;color:#111;font-weight:bold;background:#ededed}
.sb span{float:right;font-weight:normal}
.tb{height:44px;line-height:44px;background:#ededed;font-size:16px;text-align:center;position:relative}
.tb:before{content:'\\2715';position:absolute;left:16px;font-size:18px}
.tb:after{content:'\\00B7\\00B7\\00B7';position:absolute;right:16px;font-weight:bold}
.a{padding:20px 16px 30px}
.a h2{font-size:22px;line-height:31px;color:#111;margin-bottom:14px;font-weight:bold}
.a .by{font-size:15px;color:#b2b2b2;margin-bottom:20px}
.a .by .o{background:#f2f2f2;color:#999;font-size:12px;padding:1px 4px;margin-right:6px}
.a .by .ac{color:#576b95;margin-right:8px}
.a .by.light{color:#dcdcdc}
.a p{font-size:17px;line-height:29px;margin-bottom:16px;text-align:justify}
.a .pic{height:190px;margin:4px 0 16px;background:linear-gradient(160deg,#6d9fd1,#1d4f87);color:#fff;font-size:20px;text-align:center;padding-top:76px}
.a .rd{font-size:14px;color:#b2b2b2;margin-top:20px}
.pf{padding:24px 20px 14px;border-bottom:8px solid #f2f2f2}
.pf .lg{width:64px;height:64px;border-radius:32px;background:#c8161d;color:#fff;text-align:center;line-height:64px;font-size:16px;float:left;margin-right:14px}
.pf .nm{font-size:20px;font-weight:bold;line-height:34px}
.pf .ds{font-size:13px;color:#999;line-height:20px;clear:both;padding-top:12px}
.pf .bt{display:flex;margin-top:14px}.pf .bt span{flex:1;text-align:center;border:1px solid #ddd;margin:0 6px;line-height:34px;border-radius:4px;font-size:15px}
.hs{padding:0 16px}
.hs .d{font-size:13px;color:#aaa;padding:14px 0 6px}
.hs .i{display:flex;padding:10px 0;border-bottom:1px solid #f0f0f0}
.hs .i b{flex:1;font-weight:normal;font-size:16px;line-height:24px}
.hs .i i{width:70px;height:56px;margin-left:10px;background:linear-gradient(135deg,#b9cfe6,#5b87b8)}
"""


def wechat(p, width=414):
    """A WeChat article (p: account, title, byline [, light], pic, paras, reads, clock), an account
    home page (p: profile) or a message history (p: history)."""
    bw = 414 if width == 1080 else width
    zoom = {1080: "2.6087"}.get(width, "1")
    css = WX % {"font": FONT, "bw": bw, "zoom": zoom}
    sb = f'<div class="sb">{esc(p.get("clock", "10:26"))}<span>5G ▮▮▮ 76%</span></div>'
    if p.get("profile"):
        pr = p["profile"]
        its = ""
        for d, ts in pr["history"]:
            its += f'<div class="d">{esc(d)}</div>' + "".join(f'<div class="i"><b>{esc(t)}</b><i></i></div>' for t in ts)
        page = (f'{sb}<div class="tb">　</div><div class="pf"><div class="lg">{esc(pr["logo"])}</div><div class="nm">{esc(p["account"])}</div>'
                f'<div style="font-size:13px;color:#999">{esc(pr["who"])}</div><div class="ds">{esc(pr["intro"])}</div>'
                f'<div class="bt"><span>发消息</span><span>已关注</span></div></div><div class="hs">{its}</div>')
    else:
        by = p["byline"]
        pic = f'<div class="pic">{esc(p["pic"])}</div>' if p.get("pic") else ""
        orig = '<span class="o">原创</span>' if p.get("orig", True) else ""
        page = (f'{sb}<div class="tb">　</div><div class="a"><h2>{esc(p["title"])}</h2>'
                f'<div class="by{" light" if p.get("light") else ""}">{orig}<span class="ac">{esc(p["account"])}</span>{esc(by)}</div>'
                f'{pic}{paras_html(p["paras"])}<div class="rd">{esc(p.get("reads", "阅读 3561　在看 27"))}</div></div>')
    return html_doc(p.get("title", p["account"]), css, page), (width, p.get("height", 900 if width < 1000 else 2340), 78)


APP = """*{margin:0;padding:0;box-sizing:border-box}
body{font-family:%(font)s;width:720px;overflow:hidden;background:#f4f5f7;color:#333}
.sb{height:44px;line-height:44px;padding:0 26px;font-size:22px;background:#d22f2f;color:#fff}
.sb span{float:right;font-size:20px}
.hd{height:88px;line-height:88px;background:#d22f2f;color:#fff;font-size:32px;text-align:center;position:relative}
.hd:before{content:'\\2039';position:absolute;left:26px;font-size:54px}
.card{background:#fff;margin:16px;border-radius:12px;padding:30px 30px 40px}
h2{font-size:36px;line-height:52px;color:#222;margin-bottom:18px}
.mt{font-size:24px;color:#999;margin-bottom:26px;display:flex;justify-content:space-between}
.card p{font-size:29px;line-height:48px;margin-bottom:18px;text-indent:2em;text-align:justify}
.card p.r{text-align:right;text-indent:0}
.lst li{list-style:none;font-size:28px;line-height:44px;border-bottom:1px solid #eee;padding:18px 0}
.lst li i{display:block;font-style:normal;font-size:22px;color:#aaa}
.fm div{border-bottom:1px solid #eee;padding:22px 0;font-size:28px}
.fm div b{font-weight:normal;color:#666;display:inline-block;width:210px}
.fm div span{color:#bbb}
.btn{background:#d22f2f;color:#fff;text-align:center;font-size:30px;line-height:84px;border-radius:42px;margin-top:30px}
.tab{position:fixed;bottom:0;left:0;right:0;height:100px;background:#fff;border-top:1px solid #ddd;display:flex}
.tab span{flex:1;text-align:center;font-size:22px;color:#888;padding-top:56px}
"""


def app(p):
    """A 政务APP page, 720 wide: article (title, source, time, paras), list or form."""
    css = APP % {"font": FONT}
    sb = f'<div class="sb">{esc(p.get("clock", "14:08"))}<span>4G 62%</span></div><div class="hd">{esc(p.get("app", "冀时办·霸州"))}</div>'
    if p.get("form") is not None:
        inner = (f'<h2>{esc(p["title"])}</h2><div class="fm">' + "".join(f'<div><b>{esc(k)}</b><span>{esc(v)}</span></div>' for k, v in p["form"])
                 + '</div><div class="btn">提交申请</div>')
    else:
        mt = f'<div class="mt"><span>{esc(p["source"])}</span><span>{esc(p["time"])}</span></div>' if p.get("time") is not None else ""
        inner = f'<h2>{esc(p["title"])}</h2>{mt}{paras_html(p["paras"])}'
    page = sb + f'<div class="card">{inner}</div><div class="tab"><span>首页</span><span>办事</span><span>资讯</span><span>我的</span></div>'
    return html_doc(p["title"], css, page), (720, p.get("height", 1480), 80)


def screen_photo(inner_html, inner_size, tilt=(8, -3), glare=True, monitor=True):
    """A phone photo (1200 x 900 or 1200 x 1600) of a monitor or phone showing inner_html; kind screenshot."""
    iw, ih = inner_size[:2]
    body_start = inner_html.index("<body>") + 6
    inner = inner_html[body_start:inner_html.rindex("</body>")]
    style = inner_html[inner_html.index("<style>") + 7:inner_html.index("</style>")]
    style = style.replace("\nbody{", "\n.scr{", 1).replace("html{zoom", ".zz{zoom")
    if monitor:
        W_, H_ = 1200, 900
        scale = 1040 / iw
        frame = f"left:60px;top:70px;width:{iw}px;height:{min(ih, int(720 / scale))}px;transform:perspective(1800px) rotateY({tilt[0]}deg) rotateX({tilt[1]}deg) scale({scale});border:22px solid #111"
    else:
        W_, H_ = 1200, 1600
        scale = 760 / iw
        frame = f"left:220px;top:110px;width:{iw}px;height:{min(ih, int(1380 / scale))}px;transform:perspective(1600px) rotateY({tilt[0]}deg) rotateX({tilt[1]}deg) scale({scale});border:16px solid #111;border-radius:30px"
    css = (f"*{{margin:0;padding:0}}html,body{{width:{W_}px;height:{H_}px;overflow:hidden;background:radial-gradient(ellipse at 50% 40%,#5c5f66,#24262b 75%)}}"
           + style +
           f".scr{{position:absolute;{frame};transform-origin:0 0;overflow:hidden;box-shadow:0 20px 50px rgba(0,0,0,.6)}}"
           ".moire{position:absolute;left:0;top:0;width:100%;height:100%;background:repeating-linear-gradient(12deg,rgba(255,255,255,0) 0 3px,rgba(120,120,160,.07) 3px 5px)}"
           + (".gl{position:absolute;left:0;top:0;width:100%;height:100%;background:radial-gradient(ellipse at 70% 25%,rgba(255,255,255,.35),rgba(255,255,255,0) 35%)}" if glare else ""))
    return html_doc("photo", css, f'<div class="scr">{inner}</div><div class="moire"></div>' + ('<div class="gl"></div>' if glare else "")), (W_, H_, 74)


BOARD = """*{margin:0;padding:0}
html,body{width:1200px;height:1600px;overflow:hidden;background:linear-gradient(180deg,#9aa3a8,#6d767c 60%%,#4d5459)}
.frame{position:absolute;left:70px;top:90px;width:1060px;height:1420px;background:#2f5f8f;padding:26px;transform:perspective(2000px) rotateY(-6deg) rotate(-1.2deg);box-shadow:10px 20px 40px rgba(0,0,0,.5)}
.frame .t{color:#fff;font-size:40px;text-align:center;font-family:%(serif)s;letter-spacing:12px;line-height:70px}
.paper{background:#fbf9f2;width:794px;margin:16px auto 0;padding:50px 60px;transform:scale(1.1);transform-origin:50%% 0;font-family:%(serif)s;font-size:19px;line-height:1.7;color:#111}
.paper h1{font-size:27px;text-align:center;margin-bottom:16px;font-weight:bold}
.paper p{text-indent:2em;margin-bottom:4px}
.paper p.r{text-align:right}
.paper table{border-collapse:collapse;width:100%%;font-size:16px;margin:6px 0}
.paper td,.paper th{border:1px solid #333;padding:3px;text-align:center;font-weight:normal}
.glass{position:absolute;left:0;top:0;width:100%%;height:100%%;background:linear-gradient(120deg,rgba(255,255,255,0) 30%%,rgba(255,255,255,.28) 42%%,rgba(255,255,255,0) 55%%)}
"""


def board_photo(title, board, paras, sign):
    """A phone photo of a paper notice pinned in a 公开栏 behind glass (1200 x 1600; kind document)."""
    css = BOARD % {"serif": SERIF}
    sg = "".join(f'<p class="r">{esc(s)}</p>' for s in sign)
    page = (f'<div class="frame"><div class="t">{esc(board)}</div><div class="paper"><h1>{esc(title)}</h1>'
            f'{paras_html(paras)}{sg}</div></div><div class="glass"></div>')
    return html_doc("photo", css, page), (1200, 1600, 70)


# ---------------------------------------------------------------- documents

SEAL_CSS = """.sigb{position:relative;margin-top:10mm}
.seal{position:absolute;width:150px;height:150px;border:5px solid rgba(214,30,36,.72);border-radius:50%%;color:rgba(214,30,36,.72);
text-align:center;font-size:15px;line-height:20px;padding-top:26px;font-family:%(font)s;mix-blend-mode:multiply;%(pos)s}
.seal b{display:block;font-size:42px;line-height:50px}
.hand{font-family:'WenQuanYi Zen Hei',serif;color:#1a3a9a;font-style:italic;transform:rotate(-3deg);display:inline-block}
"""


def redhead(d, seal=True, pos="right:40px;top:-30px"):
    """A formal document as HTML (A4): d: red, no, title, to, paras, sign [unit, date], yinfa (a, b), after.
    seal: a red round seal over the signature and date."""
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
    sealh = ""
    if seal and d.get("sign"):
        sealh = f'<div class="seal">{esc(d["sign"][0][:8])}<b>★</b>{esc(d.get("seal_tail", ""))}</div>'
    if d.get("sign"):
        parts.append(f'<div class="sigb">{sealh}' + "".join(f'<p class="r">{esc(s)}</p>' for s in d["sign"]) + '</div>')
    if d.get("after"):
        parts.append(paras_html(d["after"]))
    if d.get("yinfa"):
        a, b = d["yinfa"]
        parts.append(f'<div class="yf"><span>{esc(a)}</span><span>{esc(b)}</span></div>')
    from evidence.templates import DOC_CSS
    css = DOC_CSS % {"serif": SERIF} + SEAL_CSS % {"font": FONT, "pos": pos}
    return html_doc(d["title"], css, "".join(parts))


def for_image(doc_html):
    """The page CSS of a document shown as an image (scan or photo): A4 width in px, border-box."""
    from evidence.templates import DOC_IMAGE_CSS
    return doc_html.replace("</style>", DOC_IMAGE_CSS + "</style>", 1)


def colour_scan(doc_html, skew=-0.5, zoom=1.5, size=(1240, 1754, 58)):
    """A colour flatbed scan of a printed page (red ink and seal stay red), as one JPEG page."""
    doc_html = for_image(doc_html)
    body_start = doc_html.index("<body>") + 6
    inner = doc_html[body_start:doc_html.rindex("</body>")]
    style = doc_html[doc_html.index("<style>") + 7:doc_html.index("</style>")]
    import re
    style = re.sub(r"@page\{[^}]*\}", "", style).replace("body{", ".paper{")
    css = (f"*{{margin:0;padding:0}}html,body{{width:{size[0]}px;height:{size[1]}px;overflow:hidden;background:#f7f5ef}}" + style +
           f".paper{{position:absolute;left:30px;top:30px;width:794px;min-height:1123px;padding:70px 84px;background:#fdfcf8;"
           f"transform:rotate({skew}deg) scale({zoom});transform-origin:0 0;font-size:18px;filter:contrast(1.15) saturate(.9)}}"
           ".edge{position:absolute;left:0;top:0;width:100%;height:100%;background:linear-gradient(90deg,rgba(0,0,0,.08),rgba(0,0,0,0) 4%,rgba(0,0,0,0) 96%,rgba(0,0,0,.1))}")
    return html_doc("scan", css, f'<div class="paper">{inner}</div><div class="edge"></div>'), size
