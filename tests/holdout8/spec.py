"""Hold-out 8 (scripts/make-holdout 8): data and the page looks only this hold-out uses.

Composed from the seed notice and general knowledge only (see README.md, "Independence").
Leans towards what clerks hand in most: phone photos of screens and of paper, phone screenshots,
scanned sealed documents and xlsx ledgers.
"""
import datetime as dt
import os

from evidence.dates import cn, cn_upper, today_bar
from evidence.office import write_docx, write_xlsx, write_book_xlsx, write_text
from evidence.postprocess import image_pdf
from evidence.labels import files_section
from evidence.templates import FONT, SERIF, esc, html_doc

REPACK_PNG = True
WIDTHS = (360, 414, 720, 750, 1080, 1242, 1200, 1366, 1600, 1920)
MINIMUMS = {"files": 75, "indicators": 47, "wrong_unit": 6}
SCANNED = []          # image-only PDFs not named 扫描件 (filled by compose)
_SCANS = []           # (tmp jpeg, inbox path, producer, datetime)

# ---------------------------------------------------------------------------------------------
# Page looks of this hold-out

PORTAL = """
*{margin:0;padding:0;box-sizing:border-box}
body{font-family:%(font)s;background:%(bg)s;color:#333;font-size:15px;width:%(w)spx;overflow:hidden}
.top{height:30px;line-height:30px;background:#fafafa;border-bottom:1px solid #ddd;font-size:12px;color:#777;padding:0 %(pad)spx}
.top span{float:right}
.hd{height:%(hh)spx;background:%(hd)s;color:#fff;padding:20px %(pad)spx}
.hd .n{font-size:32px;font-weight:bold;letter-spacing:4px;text-shadow:1px 1px 2px rgba(0,0,0,.3)}
.hd .e{font-size:11px;opacity:.85;letter-spacing:1px}
.hd .q{float:right;margin-top:12px;width:300px;height:32px;background:rgba(255,255,255,.92);border-radius:16px;color:#aaa;font-size:13px;line-height:32px;padding-left:14px}
.nv{height:42px;line-height:42px;background:%(nv)s;padding:0 %(pad)spx;white-space:nowrap;overflow:hidden}
.nv a{color:#fff;margin-right:44px;font-size:15px}
.wr{display:flex;padding:14px %(pad)spx}
.lm{width:210px;margin-right:16px;background:#fff;border:1px solid #dde3ea}
.lm h3{background:%(nv)s;color:#fff;font-size:16px;padding:10px 14px}
.lm li{list-style:none;padding:9px 16px;border-bottom:1px solid #eef1f4;font-size:14px}
.lm li.on{background:#eaf1fb;color:%(nv)s;font-weight:bold}
.mn{flex:1;background:#fff;border:1px solid #e2e2e2;padding:14px 28px 24px;min-height:900px}
.sd{width:280px;margin-left:16px;background:#fff;border:1px solid #e2e2e2;padding:10px 12px}
.sd h4{font-size:15px;color:%(nv)s;border-bottom:2px solid %(nv)s;padding-bottom:5px;margin-bottom:4px}
.sd li{list-style:none;font-size:13px;line-height:27px;border-bottom:1px dotted #ccc;display:flex}
.sd li b{font-weight:normal;flex:1;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
.sd li i{font-style:normal;color:#999;margin-left:6px}
.cr{font-size:13px;color:#888;border-bottom:1px solid #eee;padding-bottom:8px;margin-bottom:12px}
.gd{width:100%%;border-collapse:collapse;font-size:13px;margin-bottom:14px}
.gd td{border:1px solid #d5dde6;padding:6px 8px;line-height:20px}
.gd td.k{background:#f1f5fa;color:#555;width:12%%;text-align:right;white-space:nowrap}
h1{font-size:23px;text-align:center;line-height:34px;margin:8px 0 6px;color:#1d1d1d}
.mt{text-align:center;font-size:13px;color:%(mc)s;border-bottom:1px dashed #ddd;padding-bottom:9px;margin-bottom:14px}
.mt b{font-weight:normal;margin:0 10px}
.bd p{text-indent:2em;line-height:29px;margin-bottom:7px;font-size:16px}
.bd p.r{text-align:right;text-indent:0}
.bd p.c{text-align:center;text-indent:0;font-weight:bold}
.bd table{border-collapse:collapse;width:100%%;font-size:13px;margin:8px 0}
.bd td,.bd th{border:1px solid #bbb;padding:4px 6px;text-align:center}
.bd th{background:#eef3f9}
.att{margin-top:12px;font-size:14px;color:#1d5fa8}
.rl{margin-top:16px;border-top:2px solid %(nv)s;padding-top:8px}
.rl h4{font-size:15px;color:%(nv)s;margin-bottom:4px}
.rl li{list-style:none;font-size:14px;line-height:28px;display:flex}
.rl li b{font-weight:normal;flex:1}
.rl li i{font-style:normal;color:#999}
.ls h2{font-size:19px;color:%(nv)s;border-bottom:2px solid %(nv)s;padding-bottom:8px;margin-bottom:6px}
.ls li{list-style:none;line-height:40px;border-bottom:1px dashed #ddd;font-size:15px;display:flex}
.ls li b{font-weight:normal;flex:1;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
.ls li i{font-style:normal;color:#888;margin-left:10px}
.pg{text-align:center;font-size:13px;color:#666;margin-top:16px}
.bx{border:1px solid #d9e2ec;background:#f7fafd;padding:10px 16px;margin:10px 0;line-height:27px;font-size:14px}
.fm td{padding:8px;border:1px solid #dde3ea;font-size:14px}
.fm td.k{background:#f3f6fa;width:170px;text-align:right}
.fm .in{display:inline-block;width:360px;height:26px;border:1px solid #ccc;vertical-align:middle}
.btn{display:inline-block;background:%(nv)s;color:#fff;padding:7px 28px;margin:14px 10px 0 0}
.ft{background:#3b3f45;color:#bbb;font-size:12px;text-align:center;line-height:24px;padding:14px 0;margin-top:10px}
.tiles{display:grid;grid-template-columns:repeat(4,1fr);gap:12px;margin:10px 0}
.tiles div{background:#eef4fb;border:1px solid #d6e2f0;height:78px;text-align:center;padding-top:28px;color:%(nv)s;font-size:15px}
.win{position:absolute;left:0;top:0;width:%(w)spx;height:%(h)spx;overflow:hidden;background:#fff}
.chr{height:76px;background:#dee1e6;border-bottom:1px solid #c4c4c4;font-size:12px}
.tab{display:inline-block;margin:8px 0 0 10px;background:#fff;width:230px;height:30px;line-height:30px;padding:0 12px;border-radius:8px 8px 0 0;white-space:nowrap;overflow:hidden}
.tab2{display:inline-block;width:190px;height:30px;line-height:30px;padding:0 12px;color:#555;white-space:nowrap;overflow:hidden}
.adr{margin:5px 12px;background:#fff;height:28px;line-height:28px;border-radius:14px;padding:0 16px;color:#202124;font-size:14px}
.view{position:absolute;top:76px;left:0;right:0;bottom:40px;overflow:hidden}
.tk{position:absolute;left:0;right:0;bottom:0;height:40px;background:#1c2633;color:#fff}
.tk .st{float:left;width:48px;height:40px;background:#2d7bd2}
.tk .ap{float:left;width:44px;height:32px;margin:4px 3px;background:#324155;border-bottom:2px solid #79b0ff}
.tk .ck{float:right;text-align:center;font-size:12px;line-height:17px;padding:3px 14px}
"""

STYLES = {  # header, nav, page background, meta colour
    "county": ("linear-gradient(90deg,#0f4f9c,#2c77c9)", "#0d4a93", "#eef1f5", "#888"),
    "plat": ("linear-gradient(90deg,#9e1a1a,#c83b2b)", "#a31d1d", "#f4f1ee", "#999"),
    "town": ("linear-gradient(90deg,#1b6f4a,#3c9a64)", "#1d6a46", "#eef3ef", "#aaa"),
    "jy": ("#24588f", "#1f4f80", "#f2f2f2", "#777"),
}


def portal(p):
    """A portal page of width p['w'] (1366 or 1920). p: style, site, url, today, crumb, title, meta (list of
    strings), grid [(k, v)...] as a 信息公开 table, paras, listing, form, tiles, left (menu), side, related,
    frame {url, time, date}, height."""
    w = p.get("w", 1366)
    hd, nv, bg, mc = STYLES[p.get("style", "county")]
    pad = 60 if w == 1366 else 240
    css = PORTAL % {"font": FONT, "w": w, "h": 768 if w == 1366 else 1080, "hd": hd, "nv": nv, "bg": bg,
                    "mc": p.get("meta_colour", mc), "pad": pad, "hh": 96}
    site = p["site"]
    top = f'<div class="top">{esc(today_bar(p["today"])) if p.get("today") else "欢迎访问" + esc(site)}<span>无障碍 | 长者模式 | 手机版 | 登录</span></div>'
    head = (f'{top}<div class="hd"><div class="q">站内搜索</div><div class="n">{esc(site)}</div>'
            f'<div class="e">{esc(p.get("url", "www.bazhou.gov.cn"))}</div></div>'
            '<div class="nv">' + "".join(f"<a>{esc(n)}</a>" for n in p.get("nav", ["首页", "政务公开", "政务服务", "互动交流", "走进霸州"])) + '</div>')
    cr = f'<div class="cr">您当前的位置：{esc(" > ".join(p["crumb"]))}</div>'
    if p.get("listing") is not None:
        items = "".join(f'<li><b>{esc(t)}</b><i>{esc(d)}</i></li>' for t, d in p["listing"])
        box = "".join(f'<div class="bx">{x}</div>' for x in p.get("box", []))
        main = f'{cr}<div class="ls"><h2>{esc(p["title"])}</h2>{box}<ul>{items}</ul></div><div class="pg">共 {p.get("total", 86)} 条　首页 上一页 1 2 3 4 下一页 尾页</div>'
    elif p.get("form") is not None:
        rows = "".join(f'<tr><td class="k">{esc(k)}</td><td>{v}</td></tr>' for k, v in p["form"])
        box = "".join(f'<div class="bx">{x}</div>' for x in p.get("box", []))
        main = (f'{cr}<h1>{esc(p["title"])}</h1>{box}<table class="fm" style="border-collapse:collapse;width:100%">{rows}</table>'
                '<div style="text-align:center"><span class="btn">提交</span><span class="btn" style="background:#999">重置</span></div>')
    elif p.get("tiles") is not None:
        box = "".join(f'<div class="bx">{x}</div>' for x in p.get("box", []))
        main = f'{cr}<h1>{esc(p["title"])}</h1>{box}<div class="tiles">' + "".join(f"<div>{esc(t)}</div>" for t in p["tiles"]) + '</div>'
        if p.get("listing2"):
            main += '<div class="ls"><ul>' + "".join(f'<li><b>{esc(t)}</b><i>{esc(d)}</i></li>' for t, d in p["listing2"]) + '</ul></div>'
    else:
        grid = ""
        if p.get("grid"):
            g = p["grid"]
            rows = "".join('<tr>' + "".join(f'<td class="k">{esc(k)}</td><td>{esc(v)}</td>' for k, v in g[i:i + 3]) + '</tr>'
                           for i in range(0, len(g), 3))
            grid = f'<table class="gd">{rows}</table>'
        meta = ""
        if p.get("meta") is not None:
            meta = '<div class="mt">' + "".join(f"<b>{esc(m)}</b>" for m in p["meta"]) + '</div>'
        body = "".join(x if x.startswith("<") else f"<p>{esc(x)}</p>" for x in p["paras"])
        rel = ""
        if p.get("related"):
            rel = (f'<div class="rl"><h4>{esc(p.get("related_title", "相关文件"))}</h4><ul>'
                   + "".join(f'<li><b>{esc(t)}</b><i>{esc(d)}</i></li>' for t, d in p["related"]) + '</ul></div>')
        att = "".join(f'<div class="att">{esc(a)}</div>' for a in p.get("att", []))
        main = f'{cr}{grid}<h1>{esc(p["title"])}</h1>{meta}<div class="bd">{body}</div>{att}{rel}'
    left = ""
    if p.get("left"):
        lt, items, on = p["left"]
        left = f'<div class="lm"><h3>{esc(lt)}</h3><ul>' + "".join(
            f'<li class="{"on" if i == on else ""}">{esc(i)}</li>' for i in items) + '</ul></div>'
    side = ""
    if p.get("side"):
        st, sl = p["side"]
        side = f'<div class="sd"><h4>{esc(st)}</h4><ul>' + "".join(f'<li><b>{esc(t)}</b><i>{esc(d)}</i></li>' for t, d in sl) + '</ul></div>'
    foot = f'<div class="ft">主办：{esc(p.get("host", "霸州市人民政府办公室"))}　承办：霸州市融媒体中心　网站标识码：1310810001　冀ICP备05012345号<br>地址：霸州市迎宾道　联系电话：0316-7225576</div>'
    page = f'{head}<div class="wr">{left}<div class="mn">{main}</div>{side}</div>{foot}'
    title = p.get("tab", p["title"])
    if p.get("frame"):
        fr = p["frame"]
        h = 768 if w == 1366 else 1080
        page = (f'<div class="win"><div class="chr"><span class="tab">{esc(title)}</span><span class="tab2">{esc(fr.get("tab2", "新标签页"))}</span>'
                f'<div class="adr">{esc(fr["url"])}</div></div><div class="view">{page}</div>'
                f'<div class="tk"><div class="st"></div><div class="ap"></div><div class="ap"></div><div class="ap"></div>'
                f'<div class="ck">{esc(fr["time"])}<br>{esc(fr["date"])}</div></div></div>')
        return html_doc(title, css, page), (w, h, p.get("q", 70))
    return html_doc(title, css, page), (w, p.get("height", 900 if w == 1366 else 1080), p.get("q", 72))


PHONE_CSSW = {360: 360, 414: 414, 720: 360, 750: 375, 1080: 360, 1242: 414}
PHONE_H = {360: 780, 414: 896, 720: 1560, 750: 1334, 1080: 2340, 1242: 2688}

PHONE = """
*{margin:0;padding:0;box-sizing:border-box}
html{zoom:%(z)s}
body{font-family:%(font)s;background:#fff;color:#222;width:%(cw)spx;overflow:hidden}
.sb{height:26px;line-height:26px;font-size:13px;padding:0 14px;background:%(bar)s;color:%(sbc)s;font-weight:bold}
.sb span{float:right;font-weight:normal}
.tb{height:44px;line-height:44px;text-align:center;font-size:16px;background:%(bar)s;color:%(sbc)s;border-bottom:1px solid #e6e6e6;position:relative;white-space:nowrap;overflow:hidden}
.tb:before{content:'\\2039';position:absolute;left:14px;font-size:30px}
.tb:after{content:'\\00B7\\00B7\\00B7';position:absolute;right:14px;font-weight:bold}
.art{padding:16px 16px 28px}
.art h2{font-size:21px;line-height:30px;margin-bottom:10px;color:#1a1a1a}
.art .m{font-size:%(mfs)spx;color:%(mcol)s;margin-bottom:16px}
.art .m a{color:#576b95;margin-right:8px}
.art p{font-size:16px;line-height:28px;margin-bottom:13px;text-align:justify;color:#333}
.art .pic{height:170px;margin:4px 0 14px;color:#fff;font-size:18px;text-align:center;padding-top:66px;background:linear-gradient(135deg,%(c1)s,%(c2)s)}
.art table{border-collapse:collapse;width:100%%;font-size:13px;margin-bottom:12px}
.art td{border:1px solid #ccc;padding:3px 4px;text-align:center}
.rd{font-size:13px;color:#999;margin-top:8px}
.wb{padding:14px 14px 10px;border-bottom:8px solid #f2f2f2}
.wb .av{float:left;width:42px;height:42px;border-radius:21px;background:%(c2)s;color:#fff;text-align:center;line-height:42px;font-size:13px;margin-right:10px}
.wb .nm{font-size:15px;color:#eb7350;font-weight:bold;line-height:22px}
.wb .tm{font-size:12px;color:#a3a3a3;line-height:20px}
.wb .tx{clear:both;font-size:15px;line-height:25px;color:#333;padding-top:10px}
.wb .tx a{color:#eb7350}
.wb .ops{display:flex;justify-content:space-around;font-size:13px;color:#888;margin-top:10px;border-top:1px solid #eee;padding-top:8px}
.ap{padding:12px 14px}
.ap .hd{background:linear-gradient(135deg,%(c1)s,%(c2)s);color:#fff;padding:16px;border-radius:8px;margin-bottom:12px}
.ap .hd b{font-size:19px;display:block;margin-bottom:6px}
.ap .kv{display:flex;border-bottom:1px solid #eee;padding:10px 0;font-size:14px}
.ap .kv span{width:96px;color:#888;flex:none}
.ap .sec{font-size:16px;font-weight:bold;margin:14px 0 6px;border-left:4px solid %(c2)s;padding-left:8px}
.ap p{font-size:14px;line-height:24px;color:#444;margin-bottom:6px}
.ap .li{display:flex;padding:11px 0;border-bottom:1px solid #f0f0f0;font-size:15px}
.ap .li b{flex:1;font-weight:normal}
.ap .li i{font-style:normal;color:#bbb}
.hi{padding:0 14px}
.hi .pf{text-align:center;padding:18px 0 12px;border-bottom:1px solid #eee}
.hi .lg{width:64px;height:64px;border-radius:32px;margin:0 auto 8px;background:%(c2)s;color:#fff;line-height:64px;font-size:15px}
.hi .dt{font-size:13px;color:#aaa;padding:12px 0 4px}
.hi .it{display:flex;padding:8px 0;border-bottom:1px solid #f0f0f0}
.hi .it b{flex:1;font-weight:normal;font-size:15px;line-height:22px}
.hi .it i{width:64px;height:50px;margin-left:10px;background:linear-gradient(135deg,%(c1)s,%(c2)s)}
.hi .bt{display:flex;justify-content:space-around;border-top:1px solid #ddd;padding:12px 0;font-size:14px;color:#333;margin-top:12px}
"""


def phone(kind, w=414, clock="9:41", bar="#f7f7f7", sbc="#111", c1="#8fb8e6", c2="#3d74b8", light=False, **k):
    """A phone page at real phone pixel width w. kind: wechat (title, account, byline, pic, paras, reads),
    weibo (posts), app (app, head, kv, secs, items), history (account, logo, intro, days), profile."""
    cw = PHONE_CSSW[w]
    css = PHONE % {"font": FONT, "z": f"{w / cw:.4f}", "cw": cw, "bar": bar, "sbc": sbc, "c1": c1, "c2": c2,
                   "mfs": 12 if light else 14, "mcol": "#c4c4c4" if light else "#9a9a9a"}
    sb = f'<div class="sb">{esc(clock)}<span>{esc(k.get("net", "4G  76%"))}</span></div>'
    if kind == "wechat":
        body = "".join(x if x.startswith("<") else f"<p>{esc(x)}</p>" for x in k["paras"])
        pic = f'<div class="pic">{esc(k["pic"])}</div>' if k.get("pic") else ""
        by = f'<div class="m">{k.get("pre", "")}<a>{esc(k["account"])}</a>{esc(k["byline"])}</div>'
        page = (f'{sb}<div class="tb">　</div><div class="art"><h2>{esc(k["title"])}</h2>{by}{pic}{body}'
                f'<div class="rd">{esc(k.get("reads", "阅读 3562　　在看 21"))}</div></div>')
    elif kind == "weibo":
        posts = ""
        for p in k["posts"]:
            posts += (f'<div class="wb"><div class="av">{esc(p.get("av", "霸州"))}</div><div class="nm">{esc(p["name"])}</div>'
                      f'<div class="tm">{esc(p["time"])}</div><div class="tx">{p["text"]}</div>'
                      f'<div class="ops"><span>转发 {p.get("rt", 9)}</span><span>评论 {p.get("cm", 4)}</span><span>赞 {p.get("lk", 31)}</span></div></div>')
        page = f'{sb}<div class="tb">{esc(k.get("tbt", "微博正文"))}</div>{posts}'
    elif kind == "app":
        kv = "".join(f'<div class="kv"><span>{esc(a)}</span>{esc(b)}</div>' for a, b in k.get("kv", []))
        secs = "".join(f'<div class="sec">{esc(t)}</div>' + "".join(f"<p>{esc(x)}</p>" for x in ps) for t, ps in k.get("secs", []))
        items = "".join(f'<div class="li"><b>{esc(t)}</b><i>{esc(d)}</i></div>' for t, d in k.get("items", []))
        head = k.get("head", ("", ""))
        page = (f'{sb}<div class="tb">{esc(k["app"])}</div><div class="ap"><div class="hd"><b>{esc(head[0])}</b>{esc(head[1])}</div>'
                f'{kv}{secs}{items}</div>')
    else:  # history / profile
        its = ""
        for day, titles in k.get("days", []):
            its += f'<div class="dt">{esc(day)}</div>' + "".join(f'<div class="it"><b>{esc(t)}</b><i></i></div>' for t in titles)
        extra = ""
        if kind == "profile":
            extra = "".join(f'<div style="font-size:14px;padding:10px 0;border-bottom:1px solid #f2f2f2"><span style="color:#999;display:inline-block;width:80px">{esc(a)}</span>{esc(b)}</div>' for a, b in k["kv"])
            extra += '<div class="bt"><span>最新消息</span><span>服务大厅</span><span>政民互动</span></div>'
        page = (f'{sb}<div class="tb">{esc(k.get("tbt", k["account"]))}</div><div class="hi"><div class="pf"><div class="lg">{esc(k["logo"])}</div>'
                f'<div style="font-size:17px;font-weight:bold">{esc(k["account"])}</div>'
                f'<div style="font-size:13px;color:#999;margin-top:4px">{esc(k["intro"])}</div></div>{extra}{its}</div>')
    return html_doc(k.get("title", "微信"), css, page), (w, k.get("h", PHONE_H[w]), k.get("q", 80))


# A formal document: the inner HTML at 794 css px (A4 at 96 dpi); printed, photographed or scanned.
DOC = """
*{margin:0;padding:0}
.paper{box-sizing:border-box;font-family:%(serif)s;color:#111;background:%(paper)s;width:794px;min-height:1123px;padding:72px 86px 60px;font-size:19px;line-height:1.78;position:relative}
.red{color:#d40e12;text-align:center;font-size:36px;letter-spacing:5px;line-height:1.35;font-weight:bold}
.no{text-align:center;font-size:17px;margin:10px 0 4px}
.rr{border-top:2.5px solid #d40e12;margin-bottom:24px}
h1{font-size:23px;text-align:center;line-height:1.5;margin:8px 0 18px;font-weight:bold}
.st{text-align:center;font-size:16px;margin:-8px 0 14px}
p{text-indent:2em;text-align:justify}
p.n{text-indent:0}p.r{text-align:right;text-indent:0;padding-right:30px}p.c{text-align:center;text-indent:0}
table{border-collapse:collapse;width:100%%;font-size:15px;line-height:1.5;margin:8px 0}
td,th{border:1px solid #222;padding:4px 5px;text-align:center;font-weight:normal}
.sig{position:relative;margin-top:34px}
.seal{position:absolute;width:168px;height:168px;mix-blend-mode:multiply}
.yf{margin-top:30px;border-top:1px solid #111;border-bottom:1px solid #111;font-size:15px;padding:3px 6px;display:flex;justify-content:space-between}
.hw{font-family:'WenQuanYi Micro Hei',sans-serif;color:#1c2c7a;font-style:italic;transform:rotate(-3deg);display:inline-block}
"""


def seal_svg(unit, colour="rgba(214,18,28,.82)"):
    return (f'<svg viewBox="0 0 168 168" width="168" height="168"><defs><path id="sc" d="M 84 84 m -60 0 a 60 60 0 1 1 120 0"/></defs>'
            f'<circle cx="84" cy="84" r="78" fill="none" stroke="{colour}" stroke-width="5"/>'
            f'<text font-size="{17 if len(unit) < 12 else 14}" fill="{colour}" font-family="WenQuanYi Zen Hei" letter-spacing="1">'
            f'<textPath href="#sc" startOffset="50%" text-anchor="middle">{esc(unit)}</textPath></text>'
            f'<text x="84" y="104" font-size="52" text-anchor="middle" fill="{colour}">&#9733;</text></svg>')


def doc_inner(d):
    """d: red, no, title, subtitle, to, paras, sign [lines], seal (unit) / seal_at (right, top px), after, yinfa, table."""
    parts = []
    if d.get("red"):
        parts.append(f'<div class="red">{esc(d["red"])}</div>')
        if d.get("no"):
            parts.append(f'<div class="no">{esc(d["no"])}</div>')
        parts.append('<div class="rr"></div>')
    elif d.get("no"):
        parts.append(f'<p class="r">{esc(d["no"])}</p>')
    parts.append(f'<h1>{esc(d["title"])}</h1>')
    if d.get("subtitle"):
        parts.append(f'<div class="st">{esc(d["subtitle"])}</div>')
    if d.get("to"):
        parts.append(f'<p class="n">{esc(d["to"])}</p>')
    parts += [x if x.startswith("<") else f"<p>{esc(x)}</p>" for x in d["paras"]]
    if d.get("sign"):
        seal = ""
        if d.get("seal"):
            r, t = d.get("seal_at", (40, -40))
            seal = f'<div class="seal" style="right:{r}px;top:{t}px">{seal_svg(d["seal"], d.get("seal_colour", "rgba(214,18,28,.82)"))}</div>'
        parts.append('<div class="sig">' + "".join(f'<p class="r">{x if "<" in x else esc(x)}</p>' for x in d["sign"]) + seal + '</div>')
    parts += [x if x.startswith("<") else f"<p>{esc(x)}</p>" for x in d.get("after", [])]
    if d.get("yinfa"):
        a, b = d["yinfa"]
        parts.append(f'<div class="yf"><span>{esc(a)}</span><span>{esc(b)}</span></div>')
    return f'<div class="paper">{"".join(parts)}</div>'


def doc_css(paper="#fff"):
    return DOC % {"serif": SERIF, "paper": paper}


def doc_pdf(d):
    """A printable A4 page (Chromium print-to-pdf)."""
    css = doc_css() + "@page{size:A4;margin:0}.paper{width:210mm;min-height:296mm}"
    return html_doc(d["title"], css, doc_inner(d))


def doc_image(d, paper="#fff", pad_bottom=0):
    """The document as a 794-px-wide image (to be photographed)."""
    css = doc_css(paper) + f"body{{width:794px;background:{paper}}}"
    return html_doc(d["title"], css, doc_inner(d)), (794, 1123 + pad_bottom, 92)


SCAN_DPI = {150: (1240, 1754), 200: (1654, 2339), 300: (2480, 3508)}


def scan_html(d, dpi=200, grey=False, skew=0.5, q=60):
    """A flatbed scan of the printed page at dpi, colour or grey, a little skewed, with a grey edge."""
    w, h = SCAN_DPI[dpi]
    z = dpi / 96
    filt = "grayscale(1) contrast(1.25) brightness(1.03)" if grey else "saturate(.9) contrast(1.08)"
    css = (doc_css("#fdfdfb") + f"html{{background:#fff}}body{{width:{w}px;height:{h}px;overflow:hidden;position:relative;filter:{filt}}}"
           f".wrap{{zoom:{z:.4f};transform:rotate({skew}deg);transform-origin:50% 0;margin:6px 0 0 3px}}"
           ".edge{position:absolute;left:0;top:0;right:0;bottom:0;background:linear-gradient(90deg,rgba(0,0,0,.10),rgba(0,0,0,0) 3%,rgba(0,0,0,0) 97%,rgba(0,0,0,.12)),"
           "repeating-linear-gradient(0deg,rgba(0,0,0,.018) 0 1px,rgba(0,0,0,0) 1px 3px)}")
    return html_doc("scan", css, f'<div class="wrap">{doc_inner(d)}</div><div class="edge"></div>'), (w, h, q)


def photo_html(img, iw, ih, mode, w=1200, h=1600, q=70, rot=-2.0, tilt=6):
    """A phone photo of an already rendered image (img, iw x ih px): mode 'monitor' (a desktop screen:
    bezel, moiré, glare), 'phone' (a phone held in the hand: dark surround), 'paper' (a sheet on a desk),
    'board' (a sheet pinned on a 公示栏 behind glass)."""
    moire = ("repeating-linear-gradient(%sdeg,rgba(0,0,0,.075) 0 1px,rgba(0,0,0,0) 1px 3px),"
             "repeating-linear-gradient(%sdeg,rgba(60,0,120,.05) 0 2px,rgba(0,0,0,0) 2px 5px)")
    if mode == "monitor":
        scale = min((w * 1.02) / iw, (h * .98) / ih)
        bg = "radial-gradient(ellipse at 50% 40%,#3a3d44,#16171a 75%)"
        frame = "border:22px solid #0d0d0f;border-bottom-width:34px;border-radius:6px"
        over = (moire % (-9, 79)) + ",radial-gradient(ellipse at 68% 22%,rgba(255,255,255,.38),rgba(255,255,255,0) 30%)"
    elif mode == "phone":
        scale = min((w * .80) / iw, (h * .86) / ih)
        bg = "radial-gradient(ellipse at 40% 30%,#6d5b49,#2c241d 80%)"
        frame = "border:18px solid #101010;border-top-width:46px;border-bottom-width:46px;border-radius:38px"
        over = (moire % (12, 101)) + ",radial-gradient(ellipse at 30% 70%,rgba(255,255,255,.30),rgba(255,255,255,0) 28%)"
    elif mode == "paper":
        scale = min((w * .86) / iw, (h * .88) / ih)
        bg = "radial-gradient(ellipse at 45% 35%,#9a8566,#5d4b36 70%,#3b2f22)"
        frame = "box-shadow:10px 16px 34px rgba(0,0,0,.55)"
        over = "linear-gradient(160deg,rgba(255,255,255,.16),rgba(0,0,0,0) 45%,rgba(0,0,0,.20))"
    else:  # board
        scale = min((w * .74) / iw, (h * .78) / ih)
        bg = "linear-gradient(180deg,#6f7478,#8a8f93 40%,#5a5f63)"
        frame = "box-shadow:0 0 0 26px #2b5f9e,0 0 0 34px #c9ccd0,6px 10px 30px 30px rgba(0,0,0,.4)"
        over = "linear-gradient(115deg,rgba(255,255,255,0) 35%,rgba(255,255,255,.45) 43%,rgba(255,255,255,0) 52%),radial-gradient(ellipse at 20% 90%,rgba(0,0,0,.25),rgba(0,0,0,0) 50%)"
    sw, sh = iw * scale, ih * scale
    left, top = (w - sw) / 2, (h - sh) / 2
    css = (f"*{{margin:0;padding:0}}html,body{{width:{w}px;height:{h}px;overflow:hidden;background:{bg}}}"
           f".ph{{position:absolute;left:{left:.0f}px;top:{top:.0f}px;width:{sw:.0f}px;height:{sh:.0f}px;{frame};"
           f"transform:perspective(1400px) rotateX({tilt}deg) rotateY({-tilt / 2}deg) rotate({rot}deg);transform-origin:50% 50%}}"
           f".ph img{{display:block;width:100%;height:100%;filter:blur(.45px) contrast(.94) saturate(.92)}}"
           f".ov{{position:absolute;left:0;top:0;width:100%;height:100%;background:{over}}}"
           f".vg{{position:fixed;left:0;top:0;width:{w}px;height:{h}px;background:radial-gradient(ellipse at 50% 50%,rgba(0,0,0,0) 55%,rgba(0,0,0,.35))}}")
    return html_doc("photo", css, f'<div class="ph"><img src="file://{img}"><div class="ov"></div></div><div class="vg"></div>'), (w, h, q)


# ---------------------------------------------------------------------------------------------
# The Out helpers of this hold-out


class H:
    def __init__(self, o):
        self.o = o
        self.k = 0

    def tmpimg(self, page, ext=".png"):
        self.k += 1
        p = os.path.join(self.o.tmp, f"pre{self.k:03d}{ext}")
        html, size = page
        self.o.jobs[0].append(("shot", self.o.html_file(html), p, size))
        return p, size[0], size[1]

    def shot(self, src, page):
        self.o.shot(src, page)

    def photo(self, src, page, mode, **kw):
        """Render page first (phase 0), then photograph it (phase 1)."""
        img, iw, ih = self.tmpimg(page)
        self.o.shot(src, photo_html(img, iw, ih, mode, **kw), phase=1)

    def scan(self, src, d, dpi=200, grey=False, skew=0.5, q=60, producer="Canon iR-ADV C5535 PDF", when="2020-11-17 10:20"):
        self.k += 1
        jp = os.path.join(self.o.tmp, f"scan{self.k:03d}.jpg")
        html, size = scan_html(d, dpi, grey, skew, q)
        self.o.jobs[0].append(("shot", self.o.html_file(html), jp, size))
        _SCANS.append((jp, self.o.path(src), producer, dt.datetime.fromisoformat(when + ":41")))
        if "扫描件" not in src:
            SCANNED.append(src)

    def pdf(self, src, d, collected="20201117093000"):
        self.o.pdf(src, doc_pdf(d) if isinstance(d, dict) else d, collected)


def after_render(o):
    for jp, out, producer, when in _SCANS:
        with open(jp, "rb") as f:
            image_pdf([f.read()], out, producer, when)


def xlsx(o, src, sheet, rows, title, widths=None, created="2020-11-17T08:40:00Z", merge=None, creator="Administrator"):
    write_xlsx(o.path(src), sheet, rows, title, widths, creator, created, merge)


def docx(o, src, title, blocks, created="2020-11-16T09:12:00Z", creator="Administrator"):
    write_docx(o.path(src), title, blocks, creator, created)


def D(s):
    return ("date", s)


# ---------------------------------------------------------------------------------------------
# Shared texts

GOV_SIDE = ("相关文件", [("霸州市2020年政务公开工作要点", "2020-04-13"), ("关于做好2020年重大政策宣传解读工作的通知", "2020-03-09"),
                        ("霸州市全面推进基层政务公开标准化规范化工作实施方案", "2020-01-21"), ("关于进一步规范政务新媒体健康有序发展的通知", "2020-10-28")])
PLAT_LEFT = ("政府信息公开", ["政府信息公开指南", "政府信息公开制度", "法定主动公开内容", "政府信息公开年报", "依申请公开", "政策解读"], "法定主动公开内容")
NAV_PLAT = ["首页", "公开指南", "公开制度", "法定主动公开内容", "公开年报", "依申请公开"]


def grid(idx, org, made, pub, no="", topic="综合政务", valid="有效"):
    return [("索引号", idx), ("主题分类", topic), ("发布机构", org), ("成文日期", made), ("文号", no or "无"), ("发布日期", pub),
            ("有效性", valid), ("体裁分类", "通知公告"), ("关键词", "")]


def guide_txt(town, d, phone_no, addr):
    """The same town template of a 政府信息公开指南 (filled in by several towns)."""
    return [f"{town}人民政府信息公开指南", "",
            f"为了更好地提供政府信息公开服务，根据《中华人民共和国政府信息公开条例》（国务院令第711号），结合本镇实际，编制本指南。本指南每年更新一次，"
            "公民、法人或者其他组织可在镇便民服务中心和霸州市政府信息公开平台查阅。",
            "一、主动公开", f"（一）公开范围。{town}主动公开机构职能、规范性文件、财政预决算、重大建设项目、民生救助、村务公开目录等信息。",
            "（二）公开方式。通过霸州市政府信息公开平台“乡镇专栏”、镇政务公开栏、村务公开栏及“霸州发布”等渠道公开。",
            "（三）公开时限。属于主动公开范围的政府信息，自该信息形成或者变更之日起20个工作日内予以公开。",
            "二、依申请公开", "（一）受理机构", f"名称：{town}党政综合办公室", f"地址：{addr}", f"办公时间：工作日上午8:30-12:00，下午13:30-17:30",
            f"联系电话：{phone_no}",
            "（二）申请方式。申请人可通过当面、信函、霸州市政府信息公开平台网上申请等方式提出申请，并填写《政府信息公开申请表》。",
            "（三）答复期限。能够当场答复的当场答复；不能当场答复的，自收到申请之日起20个工作日内答复，需要延长的，延长期限最长不超过20个工作日。",
            "三、救济方式", "申请人认为本机关在政府信息公开工作中侵犯其合法权益的，可以向霸州市政务公开办公室投诉举报，也可以依法申请行政复议或者提起行政诉讼。",
            "", f"{town}人民政府", cn(d)]


def town_catalog_page(town, pub, today, mods):
    return {"style": "town", "site": f"{town}人民政府", "url": "www.bazhou.gov.cn/xzzl/", "today": today,
            "crumb": ["首页", "乡镇专栏", town, "基层政务公开标准目录"],
            "title": f"{town}基层政务公开标准目录", "meta": [f"发布时间：{pub}", f"来源：{town}", "字号：大 中 小"],
            "left": (town, ["镇情简介", "机构设置", "政务动态", "基层政务公开标准目录", "村务公开", "信息公开指南"], "基层政务公开标准目录"),
            "paras": [f"根据《霸州市全面推进基层政务公开标准化规范化工作实施方案》要求，{town}对照国务院部门制定的26个试点领域标准指引，"
                      "结合本镇实际编制了基层政务公开标准目录和村务公开事项标准目录，现予公布。",
                      '<table><tr><th>序号</th><th>公开事项</th><th>公开内容（要素）</th><th>公开时限</th><th>公开渠道</th></tr>'
                      + "".join(f"<tr><td>{i + 1}</td><td>{a}</td><td>{b}</td><td>{c}</td><td>{e}</td></tr>" for i, (a, b, c, e) in enumerate(mods)) + '</table>',
                      "目录实行动态调整，联系电话见本镇信息公开指南。"], "height": 1000}


TOWN_MODS = [("城乡最低生活保障", "申请条件、办理流程、保障对象名单", "信息形成之日起20个工作日", "政府网站、公开栏"),
             ("特困人员救助供养", "政策依据、救助标准、审批结果", "信息形成之日起20个工作日", "政府网站、公开栏"),
             ("农村危房改造", "补助标准、对象认定、改造结果", "实时", "公开栏、村务公开栏"),
             ("耕地地力保护补贴", "补贴标准、补贴面积、发放结果", "发放后10个工作日", "村务公开栏"),
             ("生活垃圾分类", "收运时间、投放点位", "实时", "政府网站"),
             ("村级财务收支", "收入、支出明细", "每季度", "村务公开栏")]


def poverty_notice(village, town, d, rows):
    return {"title": f"{village}2020年扶贫项目资金使用情况公告公示", "to": "",
            "paras": [f"根据扶贫项目资金公告公示制度要求，现将{village}2020年度扶贫项目资金使用情况公示如下：",
                      '<table><tr><th>项目名称</th><th>建设内容</th><th>资金（万元）</th><th>受益户数</th></tr>'
                      + "".join(f"<tr><td>{a}</td><td>{b}</td><td>{c}</td><td>{e}</td></tr>" for a, b, c, e in rows) + '</table>',
                      "公示期7天。如有异议，请向村务监督委员会或镇扶贫工作站反映。",
                      f"监督电话：0316-78{d[5:7]}{d[8:10]}6　　市扶贫办监督电话：0316-7221349"],
            "sign": [f"{town}人民政府", f"{village}村民委员会", cn(d)]}


def training_notice_paras():
    return ["各乡镇（区、办），市政府各部门：",
            "为提升全市政务公开工作人员业务能力，经研究，决定举办2020年全市政务公开业务培训班。现将有关事项通知如下：",
            "一、培训时间：2020年9月18日（星期五）上午9:00，会期半天。",
            "二、培训地点：霸州市迎宾大厦三楼第一会议室。",
            "三、参训人员：各单位分管政务公开工作的负责同志及专职工作人员各1名。",
            "四、培训内容：新修订《政府信息公开条例》解读、依申请公开答复规范、基层政务公开标准目录编制、政务新媒体管理。",
            "请各单位于9月16日下班前将参训人员名单报市政务公开办，联系电话：7225576。"]


# ---------------------------------------------------------------------------------------------
# The inbox

def compose(o):
    h = H(o)
    L = o.label
    ZIP = "堂二里镇/堂二里镇2020年政务公开考核资料.zip!/"

    # ---- 1.1 决策公开 -------------------------------------------------------------------------
    h.shot("01-政府办/决策公开-停车管理办法.png", portal({
        "style": "plat", "site": "霸州市政府信息公开平台", "url": "xxgk.bazhou.gov.cn", "today": "2020-11-17", "nav": NAV_PLAT,
        "crumb": ["首页", "法定主动公开内容", "决策公开", "重大决策"], "left": PLAT_LEFT,
        "grid": grid("000013842/2020-00418", "霸州市人民政府办公室", "2020年06月11日", "2020年06月15日", "霸政办〔2020〕27号", "城乡建设"),
        "title": "霸州市人民政府办公室关于印发霸州市城区机动车停车管理办法的通知",
        "paras": ["各乡镇人民政府，市政府各部门：", "《霸州市城区机动车停车管理办法》已经2020年6月5日市政府第十二次常务会议研究通过，现印发给你们，请认真贯彻执行。",
                  "本办法自2020年7月15日起施行，有效期五年。", "霸州市城区机动车停车管理办法", "第一条　为规范城区机动车停车秩序，缓解停车难问题，根据《中华人民共和国道路交通安全法》等法律法规，结合本市实际，制定本办法。",
                  "第二条　本办法适用于本市城区范围内停车设施的规划、建设、使用和管理。"],
        "att": ["附件：霸州市城区机动车停车管理办法（征求意见采纳情况说明）.docx"]}))
    L("01-政府办/决策公开-停车管理办法.png", "1.1", "2020-06-15", "screenshot",
      "信息公开平台文件页（信息公开网格）：成文日期06-11，发布日期06-15 取发布日期；正文常务会议6月5日、施行7月15日为干扰",
      trap="信息公开网格 发布日期≠成文日期")

    h.shot("司法局/Screenshot_20201116-094512.jpg", phone(
        "wechat", w=1080, clock="9:45", light=True, title="霸州市2020年度重大行政决策事项目录公布", account="霸州司法",
        byline="2020-04-23", pic="重大行政决策事项目录",
        paras=["经市政府同意，现将《霸州市2020年度重大行政决策事项目录》予以公布。",
               "目录共列入事项5项：霸州市城区机动车停车管理办法；霸州市农村生活污水治理三年行动方案；霸州市城区集中供热专项规划（2020—2035年）；"
               "霸州市中小学校布局调整规划；霸州市养老服务体系建设实施意见。",
               "承办单位要严格履行公众参与、专家论证、风险评估、合法性审查和集体讨论决定等法定程序，涉及公众利益的决策事项应向社会公开征求意见，征求意见期限一般不少于30日。",
               "目录执行中确需调整的，由承办单位报市政府同意后向社会公布。"], reads="阅读 1806　　在看 9"))
    L("司法局/Screenshot_20201116-094512.jpg", "1.1", "2020-04-23", "screenshot",
      "微信公众号文章手机截图（1080宽），浅灰小字署名行 2020-04-23；文件名日期 2020-11-16 为收集时间干扰",
      trap="浅灰署名；文件名日期")

    # ---- 1.2 执行公开 -------------------------------------------------------------------------
    h.photo("发改局/IMG_20201117_101533.jpg", portal({
        "site": "霸州市人民政府", "today": "2020-11-17", "crumb": ["首页", "政务公开", "执行公开"],
        "title": "我市2020年十项民生实事前三季度进展情况", "meta": ["发布时间：2020-10-21 16:08", "来源：市发展和改革局", "浏览次数：412"],
        "paras": ["今年以来，市发展和改革局会同各责任单位，按照《2020年霸州市政府工作报告》确定的十项民生实事，逐项细化任务、压实责任。截至9月30日，十项民生实事总体进度达到82%。",
                  "城区集中供热管网改造完成新建管网11.6公里，胜芳镇、南孟镇两座污水处理站主体完工；新建改建农村公路43公里；"
                  "新增城区公办幼儿园学位540个；完成老旧小区改造12个，惠及居民2318户。",
                  "下一步，各责任单位要对照年度目标，倒排工期，确保11月底前全面完成。"], "side": GOV_SIDE}),
        "monitor", w=1600, h=1200, q=68, rot=-1.6, tilt=7)
    L("发改局/IMG_20201117_101533.jpg", "1.2", "2020-10-21", "screenshot",
      "手机翻拍电脑屏幕（摩尔纹、反光、透视）：县门户文章 发布时间 2020-10-21；正文截至9月30日、文件名日期为干扰", trap="翻拍屏幕")

    xlsx(o, "01-政府办/2020年政府工作报告重点任务落实台账.xlsx", "落实台账", [
        ["2020年政府工作报告重点任务分解落实台账"],
        ["填报单位：霸州市人民政府办公室督查室", "", "", "填报日期：2020年7月10日"],
        ["序号", "重点任务", "牵头单位", "完成时限", "上半年进展", "完成比例"],
        [1, "城区集中供热管网改造", "市住房和城乡建设局", D("2020-10-31"), "完成管网招标，开工4.2公里", 0.36],
        [2, "农村生活污水治理", "廊坊市生态环境局霸州市分局", D("2020-11-30"), "完成21个村管网铺设", 0.45],
        [3, "新增公办幼儿园学位", "市教育和体育局", D("2020-08-31"), "两所幼儿园主体封顶", 0.6],
        [4, "农村公路提档升级", "市交通运输局", D("2020-10-15"), "完成路基工程18公里", 0.42],
        [5, "老旧小区改造", "市住房和城乡建设局", D("2020-11-30"), "12个小区全部开工", 0.5],
        [6, "高标准农田建设", "市农业农村局", D("2020-12-31"), "完成项目招标", 0.2]],
        "2020年政府工作报告重点任务落实台账", widths=[6, 26, 26, 14, 30, 10], created="2020-07-10T02:15:00Z")
    L("01-政府办/2020年政府工作报告重点任务落实台账.xlsx", "1.2", "2020-07-10", "document",
      "xlsx台账：填报日期 2020年7月10日（文本单元格）；各行完成时限为Excel日期序列值干扰", trap="台账日期序列值")

    # ---- 1.3 管理公开 -------------------------------------------------------------------------
    h.shot("市场监督管理局/机构职能.png", portal({
        "w": 1920, "style": "plat", "site": "霸州市政府信息公开平台", "url": "xxgk.bazhou.gov.cn", "today": "2020-11-16", "nav": NAV_PLAT,
        "crumb": ["首页", "法定主动公开内容", "部门信息", "市场监督管理局", "机构职能"],
        "left": ("市场监督管理局", ["机构职能", "领导信息", "内设机构", "规划计划", "财政资金", "行政执法"], "机构职能"),
        "title": "霸州市市场监督管理局机构职能", "meta": ["更新时间：2020-03-30", "访问量：867"],
        "paras": ["一、主要职责", "（一）负责市场综合监督管理。贯彻执行国家、省、市关于市场监督管理的方针政策和法律法规，组织实施质量强市战略、食品安全战略和标准化战略。",
                  "（二）负责市场主体统一登记注册。指导各类企业、农民专业合作社和从事经营活动的单位、个体工商户登记注册工作。",
                  "（三）负责组织和指导市场监管综合执法工作。", "二、内设机构", "办公室、法规股、登记注册股、食品生产安全监督管理股、药品医疗器械监督管理股、特种设备安全监察股、计量标准股等14个内设机构。",
                  "三、办公地址及联系方式", "地址：霸州市益津南路186号　办公电话：0316-7862315　办公时间：周一至周五 8:30-12:00 13:30-17:30"]}))
    L("市场监督管理局/机构职能.png", "1.3", "2020-03-30", "screenshot",
      "信息公开平台部门机构职能页（1920宽）：无发布时间，取标注的更新时间 2020-03-30", trap="只有更新时间")

    h.photo("南孟镇/机构设置公示.jpg", doc_image({
        "title": "南孟镇人民政府机构设置及职能公示",
        "paras": ["根据霸州市乡镇机构改革方案，南孟镇设置党政综合办公室、党建工作办公室、经济发展办公室、社会事务办公室、综合行政执法队、便民服务中心等机构。",
                  '<table><tr><th>机构名称</th><th>主要职责</th><th>负责人</th><th>电话</th></tr>'
                  '<tr><td>党政综合办公室</td><td>文电、会务、政务公开、档案</td><td>高建民</td><td>7931201</td></tr>'
                  '<tr><td>经济发展办公室</td><td>招商引资、农业农村、统计</td><td>孙立伟</td><td>7931206</td></tr>'
                  '<tr><td>社会事务办公室</td><td>民政、社保、卫健、退役军人</td><td>刘彩霞</td><td>7931209</td></tr>'
                  '<tr><td>综合行政执法队</td><td>镇域内综合执法</td><td>赵国庆</td><td>7931215</td></tr>'
                  '<tr><td>便民服务中心</td><td>政务服务事项受理、代办</td><td>张静</td><td>7931220</td></tr></table>',
                  "以上信息如有变动，将及时更新。"],
        "sign": ["南孟镇人民政府", "2020年5月8日"]}, paper="#fbfaf5"), "board", w=1200, h=1600, q=66, rot=1.2, tilt=4)
    L("南孟镇/机构设置公示.jpg", "1.3", "2020-05-08", "document",
      "手机拍摄政务公开栏（玻璃反光）内张贴的机构设置公示纸件，落款 2020年5月8日", trap="公示栏照片反光")

    # ---- 1.4 服务公开 -------------------------------------------------------------------------
    rows = [["霸州市政务服务事项目录（2020年动态调整）"], ["编制单位：霸州市行政审批局", "", "", "", "编制日期：2020年8月28日"],
            ["序号", "事项名称", "事项类型", "实施主体", "承诺时限（工作日）", "是否网办"]]
    for i, (a, b, c, dd, e) in enumerate([("食品经营许可（新办）", "行政许可", "市行政审批局", 7, "是"), ("建筑工程施工许可证核发", "行政许可", "市行政审批局", 5, "是"),
                                           ("个体工商户设立登记", "行政许可", "市行政审批局", 1, "是"), ("城乡居民养老保险参保登记", "公共服务", "市人力资源和社会保障局", 1, "是"),
                                           ("特困人员认定", "行政确认", "市民政局", 20, "否"), ("再生育审批", "行政确认", "市卫生健康局", 10, "是"),
                                           ("机动车临时号牌核发", "公共服务", "市公安局交警大队", 1, "否"), ("取水许可", "行政许可", "市行政审批局", 15, "否")]):
        rows.append([i + 1, a, b, c, dd, e])
    rows.append(["", "注：本目录自2020年9月1日起执行，原目录同时废止。"])
    xlsx(o, "行政审批局/政务服务事项目录（2020年动态调整）.xlsx", "事项目录", rows, "政务服务事项目录", widths=[6, 30, 12, 24, 16, 10], created="2020-08-28T07:30:00Z")
    L("行政审批局/政务服务事项目录（2020年动态调整）.xlsx", "1.4", "2020-08-28", "document",
      "xlsx目录：编制日期 2020年8月28日；注明9月1日起执行为干扰", trap="执行日期晚于编制")

    h.shot("行政审批局/冀时办-食品经营许可办事指南.png", phone(
        "app", w=750, clock="14:22", c1="#5ba4e8", c2="#1467c2", app="冀时办", head=("食品经营许可（新办）", "霸州市行政审批局"),
        kv=[("事项类型", "行政许可"), ("办理时限", "法定20个工作日，承诺7个工作日"), ("办理地点", "霸州市政务服务中心二楼B区12号窗口"), ("收费标准", "不收费"),
            ("咨询电话", "0316-7835120"), ("更新日期", "2020-09-14")],
        secs=[("申请材料", ["1.食品经营许可申请书；", "2.营业执照复印件；", "3.法定代表人（负责人）身份证明；", "4.与食品经营相适应的主要设备设施布局、操作流程等文件。"]),
              ("办理流程", ["申请→受理→审查→决定→制证送达。全程网办可通过冀时办APP在线提交。"])]))
    L("行政审批局/冀时办-食品经营许可办事指南.png", "1.4", "2020-09-14", "screenshot",
      "政务APP办事指南手机截图（750宽）：只有“更新日期 2020-09-14”")

    # ---- 1.5 结果公开 -------------------------------------------------------------------------
    h.scan("交通运输局/扫描件-提案答复.pdf", {
        "red": "霸州市交通运输局", "no": "霸交提〔2020〕9号　　签发人：马振江", "title": "关于市政协九届四次会议第112号提案的答复",
        "to": "杜春明委员：",
        "paras": ["您提出的《关于加强农村公路养护管理的提案》收悉。现答复如下：",
                  "一、关于落实养护资金。2020年市财政安排农村公路养护资金1260万元，按照每公里每年7000元的标准落实到乡镇，并将养护考核结果与资金拨付挂钩。",
                  "二、关于建立“路长制”。我局已会同各乡镇建立市、乡、村三级路长制，明确县道由局班子成员担任路长，乡道、村道由乡镇、村干部担任路长。",
                  "三、关于开展集中整治。今年4月至6月，我局组织开展了农村公路路域环境集中整治，清理堆积物1.3万立方米，修补坑槽2.6万平方米。",
                  "感谢您对交通运输工作的关心和支持。", "联系人：李晓光　　联系电话：0316-7221826"],
        "sign": ["霸州市交通运输局", "二〇二〇年七月二十日"], "seal": "霸州市交通运输局", "seal_at": (28, -42),
        "after": ["（此件公开发布）", "抄送：市政协提案委员会，市政府督查室。"]}, dpi=200, grey=False, skew=-.6, q=58,
        producer="RICOH MP C3004 PDF", when="2020-11-16 15:02")
    L("交通运输局/扫描件-提案答复.pdf", "1.5", "2020-07-20", "document",
      "彩色扫描红头答复（200dpi，无文字层）：落款中文数字 二〇二〇年七月二十日 被红章压住；题材交通养护而体裁为政协提案答复→1.5；PDF创建日期11-16为干扰",
      trap="题材≠体裁；红章压中文日期")

    h.pdf("05-住建局/对市人大十六届五次会议第27号建议的答复.pdf", {
        "no": "霸住建建〔2020〕6号", "title": "关于市十六届人大五次会议第27号建议的答复", "to": "王秀兰代表：",
        "paras": ["您在市十六届人大五次会议期间提出的《关于缓解城区停车难问题的建议》收悉，经认真研究，现答复如下：",
                  "一、加快停车设施建设。2020年我局利用城区边角地、闲置地新建公共停车场6处，新增停车泊位1120个，其中迎宾道、益津路两处立体停车场已于9月底前投入使用。",
                  "二、结合老旧小区改造挖潜。在今年实施的12个老旧小区改造中，同步规划建设停车位680个。",
                  "三、推动错时共享。协调机关企事业单位内部停车场于夜间和节假日向社会开放，首批开放泊位430个。",
                  "再次感谢您对住房和城乡建设工作的关心与支持。"],
        "sign": ["霸州市住房和城乡建设局", "2020年6月29日"],
        "after": ["联系单位及电话：市住建局城建股　0316-7222381", "抄送：市人大常委会人事代表选举委员会，市政府督查室。"]}, collected="20201117154405")
    L("05-住建局/对市人大十六届五次会议第27号建议的答复.pdf", "1.5", "2020-06-29", "document",
      "文字版PDF：人大建议答复落款 2020年6月29日；题材停车/住建，体裁为建议答复→1.5；正文“9月底前投入使用”晚于落款为写作中的计划", trap="题材≠体裁")

    # ---- 1.6 执法公开 -------------------------------------------------------------------------
    rows = [["霸州市城市管理综合行政执法局2020年第三季度行政处罚信息公示表"], ["制表日期：2020年10月9日", "", "", "", "", "制表人：韩雪"],
            ["序号", "案件名称", "行政相对人", "处罚依据", "处罚结果", "作出决定日期"]]
    for i, (a, b, c, dd, e) in enumerate([("未经批准占道经营案", "霸州市某某便利店", "《城市市容和环境卫生管理条例》第三十六条", "罚款500元", "2020-07-08"),
                                           ("擅自设置户外广告案", "河北某某装饰工程有限公司", "《河北省城市市容和环境卫生条例》第四十九条", "罚款2000元", "2020-07-21"),
                                           ("运输建筑垃圾沿途撒漏案", "霸州市某某运输队", "《城市建筑垃圾管理规定》第二十三条", "罚款5000元", "2020-08-13"),
                                           ("违法建设案", "李某某", "《中华人民共和国城乡规划法》第六十四条", "限期拆除", "2020-09-02"),
                                           ("未按规定分类投放生活垃圾案", "霸州市某某酒店", "《河北省城乡生活垃圾分类管理条例》", "责令改正、警告", "2020-09-24")]):
        rows.append([i + 1, a, b, c, dd, D(e)])
    xlsx(o, "03-城管局/2020年第三季度行政处罚信息公示表.xlsx", "三季度", rows, "行政处罚信息公示", widths=[6, 24, 26, 36, 16, 14], created="2020-10-09T06:41:00Z")
    L("03-城管局/2020年第三季度行政处罚信息公示表.xlsx", "1.6", "2020-10-09", "document",
      "xlsx公示表：制表日期 2020年10月9日；各案件决定日期为Excel日期序列值干扰", trap="台账日期序列值")

    h.shot("司法局/行政执法公示栏目.png", portal({
        "site": "霸州市人民政府", "today": "2020-11-18", "crumb": ["首页", "政务公开", "行政执法公示"],
        "title": "行政执法公示", "total": 264,
        "box": ["全面推行行政执法公示制度、执法全过程记录制度、重大执法决定法制审核制度。执法主体、人员、职责、权限、依据、程序、救济渠道和随机抽查事项清单在本栏目统一公示。"],
        "listing": [("霸州市城市管理综合行政执法局2020年第三季度行政处罚信息公示", "2020-10-12"), ("霸州市市场监督管理局行政处罚决定书（霸市监罚〔2020〕118号）", "2020-10-09"),
                    ("霸州市应急管理局2020年9月行政执法信息公示", "2020-10-08"), ("霸州市交通运输局行政许可结果公示（9月）", "2020-09-30"),
                    ("霸州市自然资源和规划局行政处罚信息公开", "2020-09-25"), ("霸州市卫生健康局双随机抽查结果公示", "2020-09-22"),
                    ("霸州市行政执法人员名单（2020年8月更新）", "2020-08-28"), ("霸州市农业农村局行政执法事项清单", "2020-08-17"),
                    ("霸州市生态环境分局行政处罚决定公开", "2020-08-10"), ("霸州市司法局关于公布行政执法主体的公告", "2020-07-15")]}))
    L("司法局/行政执法公示栏目.png", "1.6", None, "screenshot",
      "县门户“行政执法公示”栏目列表页：列有多个条目日期，本页无自己的发布日期→null；今天是栏 11-18 为干扰", trap="栏目列表（null）")

    # ---- 1.7 财政信息公开 -----------------------------------------------------------------------
    h.shot("市财政局/2020年市本级预算公开.png", portal({
        "style": "plat", "site": "霸州市政府信息公开平台", "url": "xxgk.bazhou.gov.cn", "today": "2020-11-16", "nav": NAV_PLAT,
        "crumb": ["首页", "法定主动公开内容", "财政信息", "预决算公开"], "left": PLAT_LEFT,
        "grid": grid("000013842/2020-00061", "霸州市财政局", "2020年02月10日", "2020年02月14日", "", "财政、金融、审计"),
        "title": "霸州市2020年市本级一般公共预算及政府性基金预算公开",
        "paras": ["根据《中华人民共和国预算法》和《地方预决算公开操作规程》，现将经霸州市第十六届人民代表大会第五次会议审查批准的2020年市本级预算予以公开。",
                  "2020年全市一般公共预算收入安排38.6亿元，增长4.5%；一般公共预算支出安排52.3亿元。政府性基金预算收入安排21.4亿元。",
                  "附表：1.2020年一般公共预算收支表　2.2020年政府性基金预算收支表　3.2020年“三公”经费预算表　4.2020年地方政府债务限额情况表",
                  "预算编制说明及相关报表详见附件。"], "att": ["附件：霸州市2020年预算公开表（12张）.xlsx", "附件：关于霸州市2020年预算的编制说明.pdf"]}))
    L("市财政局/2020年市本级预算公开.png", "1.7", "2020-02-14", "screenshot",
      "信息公开平台预算公开页：成文日期02-10 ≠ 发布日期02-14，取发布日期", trap="信息公开网格 发布日期≠成文日期")

    xlsx(o, "农业农村局/2019年高标准农田建设项目绩效自评表.xlsx", "绩效自评", [
        ["2019年度项目支出绩效自评表"], ["填报单位（盖章）：霸州市农业农村局", "", "", "填报日期：2020年4月17日"],
        ["项目名称", "2019年高标准农田建设项目", "主管部门", "霸州市农业农村局"],
        ["年度预算（万元）", 2860, "执行数（万元）", 2791.4], ["执行率", 0.976, "自评得分", 92.5],
        ["一级指标", "二级指标", "三级指标", "年度目标值", "实际完成值"],
        ["产出指标", "数量指标", "建成高标准农田面积（亩）", 20000, 20150], ["产出指标", "时效指标", "竣工验收时间", D("2019-12-31"), D("2019-12-20")],
        ["效益指标", "经济效益", "亩均增产（公斤）", 50, 57], ["满意度指标", "服务对象满意度", "受益农户满意度", 0.9, 0.94],
        ["联系人：周海涛", "联系电话：7830516"]], "项目绩效自评表", widths=[16, 16, 28, 14, 14], created="2020-04-17T03:05:00Z")
    L("农业农村局/2019年高标准农田建设项目绩效自评表.xlsx", "1.7", "2020-04-17", "document",
      "xlsx绩效自评表（项目绩效自评结果属财政信息公开）：填报日期 2020年4月17日；竣工验收时间等为Excel日期序列值", trap="台账日期序列值")

    h.photo("市财政局/IMG_20201116_143208.jpg", portal({
        "site": "霸州市人民政府", "today": "2020-11-16", "crumb": ["首页", "政务公开", "财政预决算"], "title": "预决算公开", "total": 137,
        "box": ["本栏目集中公开市本级及各部门预决算、“三公”经费和项目绩效信息。"],
        "listing": [("霸州市2019年市本级决算公开", "2020-09-25"), ("霸州市教育和体育局2019年部门决算", "2020-09-28"),
                    ("霸州市民政局2019年部门决算", "2020-09-28"), ("霸州市2020年市本级预算公开", "2020-02-14"),
                    ("霸州市住房和城乡建设局2020年部门预算", "2020-03-11"), ("霸州市农业农村局2020年部门预算", "2020-03-12"),
                    ("2019年高标准农田建设项目绩效自评结果", "2020-04-24"), ("霸州市2020年“三公”经费预算说明", "2020-02-14")]}),
        "monitor", w=1600, h=1200, q=64, rot=2.1, tilt=-5)
    L("市财政局/IMG_20201116_143208.jpg", "1.7", None, "screenshot",
      "手机翻拍屏幕上的预决算公开栏目列表：无本页发布日期→null；文件名日期 2020-11-16 在收集期内为诱饵", trap="只有文件名日期（null）；翻拍屏幕")

    # ---- 2.1 环保 ---------------------------------------------------------------------------------
    h.shot("生态环境分局/微信图片_20201118093322.jpg", phone(
        "wechat", w=720, clock="9:33", title="10月份全市空气质量状况通报", account="霸州生态环境", byline="2020-11-04 17:20", light=True,
        c1="#7cc59a", c2="#2a8a57", pic="空气质量通报",
        paras=["10月份，我市PM2.5平均浓度为52微克/立方米，同比下降13.3%；PM10平均浓度为86微克/立方米，同比下降9.5%；优良天数19天，同比增加3天。",
               "在全市14个乡镇（区、办）中，空气质量综合指数排名前三的是东段乡、王庄子乡、岔河集乡，排名后三的是胜芳镇、南孟镇、霸州镇。",
               "进入秋冬季，各乡镇要强化散煤、扬尘、秸秆禁烧等管控措施，严防重污染天气。"], reads="阅读 2471　　在看 14", q=62))
    L("生态环境分局/微信图片_20201118093322.jpg", "2.1", "2020-11-04", "screenshot",
      "公众号文章手机截图（720宽JPEG）：浅灰署名 2020-11-04 17:20；文件名日期 11-18 为转发保存时间", trap="浅灰署名；文件名日期")

    h.photo("生态环境分局/黑臭水体整治公示牌.jpg", doc_image({
        "title": "中亭河霸州段支渠黑臭水体整治工程公示",
        "paras": ["为落实水污染防治行动计划，改善区域水环境质量，我局组织实施中亭河霸州段支渠黑臭水体整治工程，现将有关情况公示如下：",
                  "一、整治范围：中亭河霸州段支渠，自信安镇张庄段至堂二里镇大高各庄段，全长6.8公里。",
                  "二、整治内容：清淤疏浚4.1万立方米，截污管网敷设3.2公里，生态护坡5.6公里，建设人工湿地一处。",
                  "三、工程投资：1870万元。", "四、施工单位：河北某某水利工程有限公司；监理单位：廊坊某某工程监理有限公司。",
                  "五、工期：2020年6月20日至2020年10月31日。", "监督电话：0316-7226510　　河长：市级河长 张立群"],
        "sign": ["廊坊市生态环境局霸州市分局", "2020年6月12日"]}, paper="#fbfbf7"), "board", w=1200, h=1600, q=64, rot=-1.5, tilt=5)
    L("生态环境分局/黑臭水体整治公示牌.jpg", "2.1", "2020-06-12", "document",
      "手机拍摄户外公示栏纸件：落款 2020年6月12日；工期6月20日—10月31日为干扰", trap="公示栏照片反光")

    h.shot("信安镇/垃圾分类工作推进.png", portal({
        "style": "town", "site": "信安镇人民政府", "url": "www.bazhou.gov.cn/xzzl/xaz/", "today": "2020-11-18",
        "crumb": ["首页", "乡镇专栏", "信安镇", "政务动态"], "title": "信安镇全面推开农村生活垃圾分类工作",
        "meta": ["2020-09-16 09:41", "信安镇党政综合办公室"], "meta_colour": "#b5b5b5",
        "left": ("信安镇", ["镇情简介", "机构设置", "政务动态", "基层政务公开标准目录", "村务公开", "信息公开指南"], "政务动态"),
        "paras": ["9月15日，信安镇召开农村生活垃圾分类工作推进会，部署在全镇38个村全面推开生活垃圾分类。",
                  "会议要求，各村按照“户分类、村收集、镇转运、市处理”模式，10月底前完成分类收集点建设，每村配备专职保洁员不少于3名，"
                  "镇综合行政执法队每周对各村分类投放情况进行检查通报。", "今年以来，该镇已投入资金216万元，购置分类垃圾桶4600个、分类收运车12辆。"], "height": 860}))
    L("信安镇/垃圾分类工作推进.png", "2.1", "2020-09-16", "screenshot",
      "错放单位：乡镇专栏动态（垃圾分类属环保领域，责任单位生态环境分局）放在信安镇文件夹；标题下无标签署名行 2020-09-16 09:41（浅色）；会议日期9月15日早于发布",
      trap="无标签署名；事件日期早于发布")

    # ---- 2.2 脱贫攻坚 -----------------------------------------------------------------------------
    h.photo("扶贫办/IMG_3817.JPG", doc_image(poverty_notice("后营村", "南孟镇", "2020-06-05", [
        ("村内道路硬化", "硬化道路1.2公里", 46.8, 212), ("光伏扶贫电站运维", "电站日常维护", 3.5, 27), ("扶贫车间设备购置", "购置缝纫设备30台", 12.0, 18)]),
        paper="#fffdf4"), "board", w=1200, h=1600, q=62, rot=1.8, tilt=6)
    L("扶贫办/IMG_3817.JPG", "2.2", "2020-06-05", "document",
      "手机拍摄村务公开栏上的扶贫项目资金公示：落款 2020年6月5日；公示期7天", group="扶贫资金公示模板", trap="公示栏照片反光")

    h.photo("东段乡/扶贫资金公示.jpg", doc_image(poverty_notice("前辛庄村", "东段乡", "2020-06-09", [
        ("农田灌溉机井", "新打机井4眼", 18.4, 96), ("扶贫产业大棚", "新建蔬菜大棚6座", 31.2, 14), ("村内道路硬化", "硬化道路0.8公里", 30.5, 156)]),
        paper="#fffdf4"), "board", w=1200, h=1600, q=66, rot=-2.4, tilt=3)
    L("东段乡/扶贫资金公示.jpg", "2.2", "2020-06-09", "document",
      "另一乡同一模板的扶贫项目资金公示照片：落款 2020年6月9日", group="扶贫资金公示模板")

    h.shot("民政局/微博-特困供养.png", phone(
        "weibo", w=414, clock="20:05", c2="#d0451b", posts=[{
            "name": "霸州民政", "av": "民政", "time": "2020-08-19 18:32 来自 微博 weibo.com",
            "text": "【政策速递】8月起，我市农村特困人员基本生活标准由每人每年7200元提高至7800元，城市特困人员提高至每人每年10200元。"
                    "全市现有特困供养人员1362人，按月足额发放。因病、因残、因灾等导致基本生活困难的群众，可向户籍所在地乡镇（街道）提出申请。"
                    "<a>#霸州民生#</a> 咨询电话0316-7221605", "rt": 23, "cm": 6, "lk": 58}]))
    L("民政局/微博-特困供养.png", "2.2", "2020-08-19", "screenshot",
      "政务微博手机截图：发布时间 2020-08-19 18:32；特殊贫困群体兜底政策→2.2；正文“8月起”为干扰")

    # ---- 2.3 金融 -----------------------------------------------------------------------------------
    h.shot("金融监管局/防范非法集资宣传月.jpg", phone(
        "wechat", w=1242, clock="10:12", title="守住钱袋子 护好幸福家——我市启动2020年防范非法集资宣传月活动", account="霸州发布",
        byline="2020-06-12", c1="#f2b65a", c2="#d2691e", pic="防范非法集资宣传月",
        paras=["6月11日，由市地方金融监督管理局牵头组织的2020年防范非法集资宣传月活动在市人民公园启动。",
               "活动期间，市金融监管局联合人民银行霸州支行、各商业银行网点，通过设立咨询台、发放宣传册、以案说法等形式，向群众讲解非法集资的特征和常见手法。",
               "截至目前，已发放宣传资料2.3万份，接受群众咨询860余人次。",
               "提醒广大市民：高息诱惑背后往往是陷阱，发现非法集资线索请拨打举报电话0316-7860110。"], q=60))
    L("金融监管局/防范非法集资宣传月.jpg", "2.3", "2020-06-12", "screenshot",
      "公众号文章手机截图（1242宽JPEG）：署名日期 2020-06-12；启动活动6月11日早于发布", trap="事件日期早于发布")

    h.shot("市财政局/政府债务限额及余额情况.png", portal({
        "w": 1920, "site": "霸州市人民政府", "today": "2020-11-16", "crumb": ["首页", "政务公开", "财政信息", "政府债务"],
        "title": "霸州市2020年政府债务限额及余额情况", "meta": ["发布时间：2020-09-08", "信息来源：市财政局", "【打印】【关闭】"],
        "paras": ["根据《中华人民共和国预算法》及财政部关于地方政府债务信息公开的有关规定，现将我市政府债务限额及余额情况公开如下：",
                  "一、政府债务限额。经省政府批准，2020年我市政府债务限额为96.42亿元，其中一般债务限额41.18亿元，专项债务限额55.24亿元。",
                  "二、政府债务余额。截至2020年6月末，我市政府债务余额为88.67亿元，其中一般债务余额38.95亿元，专项债务余额49.72亿元，债务余额控制在限额以内。",
                  "三、风险防控。我市建立债务风险预警和应急处置机制，按期足额偿还到期债务本息，未发生逾期风险。"],
        "side": ("财政信息", [("2019年市本级决算公开", "2020-09-25"), ("2020年新增专项债券使用情况", "2020-08-18"), ("2020年市本级预算公开", "2020-02-14")])}))
    L("市财政局/政府债务限额及余额情况.png", "2.3", "2020-09-08", "screenshot",
      "错放单位：政府债务风险信息（防范金融风险领域，责任单位市地方金融监督管理局）放在市财政局文件夹；1920宽门户页 发布时间 2020-09-08；截至6月末为干扰")

    # ---- 2.4 放管服 ---------------------------------------------------------------------------------
    rows = [["霸州市市场监督管理局随机抽查事项清单（2020年版）"], ["更新日期：2020年7月20日"],
            ["序号", "抽查类别", "抽查事项", "抽查对象", "抽查比例", "抽查依据"]]
    for i, (a, b, c, dd, e) in enumerate([("企业年报", "企业公示信息抽查", "各类企业", "3%", "《企业信息公示暂行条例》"),
                                           ("食品安全", "食品生产经营者监督检查", "食品生产经营企业", "5%", "《中华人民共和国食品安全法》"),
                                           ("产品质量", "重点工业产品质量监督抽查", "生产企业", "2%", "《中华人民共和国产品质量法》"),
                                           ("特种设备", "特种设备使用单位监督检查", "使用单位", "5%", "《中华人民共和国特种设备安全法》"),
                                           ("计量", "加油站计量监督检查", "加油站", "10%", "《中华人民共和国计量法》"),
                                           ("广告", "广告发布行为检查", "广告经营者", "3%", "《中华人民共和国广告法》")]):
        rows.append([i + 1, a, b, c, dd, e])
    xlsx(o, "市场监督管理局/双随机一公开抽查事项清单.xlsx", "清单", rows, "随机抽查事项清单", widths=[6, 12, 30, 20, 10, 30], created="2020-07-20T01:50:00Z")
    L("市场监督管理局/双随机一公开抽查事项清单.xlsx", "2.4", "2020-07-20", "document", "xlsx清单：更新日期 2020年7月20日（文本）")

    h.shot("行政审批局/Screenshot_2020-11-18-10-26-51.png", phone(
        "app", w=360, clock="10:26", c1="#56b1a5", c2="#16877a", app="霸州政务服务", head=("企业开办“一件事”政策指引", "霸州市行政审批局　2020年9月22日"),
        secs=[("一、办理范围", ["在我市新设立的有限责任公司、个人独资企业、合伙企业及其分支机构。"]),
              ("二、办理环节", ["营业执照、公章刻制、发票申领、员工参保登记、住房公积金缴存登记五个环节合并为“一表申请、一窗受理”，全程0.5个工作日办结，费用全免。"]),
              ("三、政策支持", ["新开办企业首套印章由政府免费刻制；税务Ukey免费发放；银行开户费用减免。"]),
              ("四、咨询方式", ["市政务服务中心一楼企业开办专区，电话0316-7835101。"])]))
    L("行政审批局/Screenshot_2020-11-18-10-26-51.png", "2.4", "2020-09-22", "screenshot",
      "政务APP手机截图（360宽）：标题卡内署名“霸州市行政审批局　2020年9月22日”；为市场主体提供政策指引→2.4（非1.4办事指南）；文件名日期11-18为收集时间",
      trap="文件名日期；近邻指标1.4/2.4")

    # ---- 2.5 教育 -----------------------------------------------------------------------------------
    h.photo("教体局/IMG_2551.JPG", doc_image({
        "title": "霸州市第三小学2020年一年级招生简章",
        "paras": ["根据《霸州市2020年义务教育招生入学工作方案》，现将我校2020年一年级招生有关事项公告如下：",
                  "一、招生范围：益津南路以东、迎宾道以南、建设路以西、南环路以北区域。",
                  "二、招生对象：2014年8月31日前出生、户籍及实际居住地均在本校招生范围内的适龄儿童。",
                  "三、报名时间：2020年7月13日至7月17日，通过“霸州教育”公众号网上报名，7月20日至22日现场审核。",
                  "四、招生计划：一年级8个班，360人。", "咨询电话：0316-7212063　　监督电话：0316-7222105"],
        "sign": ["霸州市第三小学", "2020年7月6日"]}, paper="#fbfbf8"), "paper", w=1200, h=1600, q=68, rot=-3.0, tilt=8)
    L("教体局/IMG_2551.JPG", "2.5", "2020-07-06", "document",
      "手机拍摄纸质招生简章（学校门口张贴件）：落款 2020年7月6日；出生日期、报名时间7月13日起为干扰", trap="纸件照片")

    wx_enroll = phone("wechat", w=414, clock="8:02", light=True, title="2020年霸州市义务教育阶段招生入学网上报名操作指南", account="霸州教育",
                      byline="2020-07-08", c1="#6fb1f0", c2="#2e6fbd", pic="网上报名指南",
                      paras=["7月13日起，我市城区小学一年级、初中一年级招生入学报名全部实行网上报名。",
                             "报名流程：关注“霸州教育”公众号→点击“招生报名”→填写学生及监护人信息→上传户口簿、房产证明（或租赁备案）→提交等待审核。",
                             "报名截止时间为7月17日18:00。审核结果将于7月24日前通过短信告知。",
                             "咨询电话：市教育和体育局基础教育股 0316-7222105"])
    h.shot("教体局/招生报名操作指南.png", wx_enroll)
    L("教体局/招生报名操作指南.png", "2.5", "2020-07-08", "screenshot",
      "公众号文章手机截图（414宽）：浅灰小字署名 2020-07-08；报名起止日期为干扰", group="另存JPEG：招生报名指南", trap="浅灰署名")
    html, size = wx_enroll
    h.shot("教体局/招生报名操作指南(1).jpg", (html, (size[0], size[1], 45)))
    L("教体局/招生报名操作指南(1).jpg", "2.5", "2020-07-08", "screenshot",
      "同一截图另存为低质量JPEG（q45）：署名 2020-07-08", group="另存JPEG：招生报名指南", trap="另存JPEG近重复")

    # ---- 2.6 社会救助与福利 ----------------------------------------------------------------------
    h.photo("人社局/IMG_20201116_091204.jpg", portal({
        "site": "霸州市人民政府", "today": "2020-11-16", "crumb": ["首页", "政务公开", "通知公告"],
        "title": "关于公布2020年霸州市高校毕业生就业见习岗位的公告", "meta": ["发布时间：2020-06-03 10:25", "来源：市人力资源和社会保障局", "浏览：1288"],
        "paras": ["为促进高校毕业生就业，经单位申报、审核，确定2020年全市就业见习单位42家、见习岗位316个，现予以公布。",
                  "一、见习对象：离校2年内未就业高校毕业生和16-24岁失业青年。", "二、见习期限：3至12个月。见习期间由见习单位按当地最低工资标准的80%以上发放基本生活费，政府给予见习补贴。",
                  "三、报名方式：2020年6月10日至6月30日，到市人力资源市场二楼或登录霸州就业网报名。",
                  "附件：2020年霸州市就业见习单位及岗位表"], "side": GOV_SIDE}), "monitor", w=1600, h=1200, q=66, rot=-2.6, tilt=6)
    L("人社局/IMG_20201116_091204.jpg", "2.6", "2020-06-03", "screenshot",
      "手机翻拍电脑屏幕：门户公告 发布时间 2020-06-03 10:25；报名6月10日至30日为干扰；文件名日期", trap="翻拍屏幕")

    xlsx(o, "民政局/养老服务扶持政策清单.xlsx", "政策清单", [
        ["霸州市养老服务扶持政策清单"], ["编制单位：霸州市民政局", "", "编制日期：2020年9月30日"],
        ["序号", "政策名称", "扶持内容", "文件依据"],
        [1, "高龄津贴", "80-89周岁每人每月50元，90-99周岁每人每月100元，100周岁以上每人每月300元", "冀民〔2019〕62号"],
        [2, "经济困难老年人居家养老服务补贴", "每人每月100元服务券", "霸民〔2020〕18号"],
        [3, "失能老年人护理补贴", "每人每月200元", "冀民〔2019〕62号"],
        [4, "养老机构运营补贴", "按收住失能老人每人每年1200元", "霸民〔2020〕23号"],
        [5, "农村幸福院建设补助", "每个新建幸福院一次性补助5万元", "霸政办〔2020〕31号"],
        ["", "", "", ""], ["联系电话：0316-7221605", "", "更新周期：每年"]], "养老服务扶持政策清单", widths=[6, 30, 50, 20], created="2020-09-30T07:00:00Z")
    L("民政局/养老服务扶持政策清单.xlsx", "2.6", "2020-09-30", "document", "xlsx清单：编制日期 2020年9月30日；养老服务政策清单→2.6")

    # ---- 2.7 住房保障 -------------------------------------------------------------------------------
    h.scan("05-住建局/扫描件（老旧小区改造）.pdf", {
        "red": "霸州市住房和城乡建设局", "no": "霸住建〔2020〕41号", "title": "关于2020年城镇老旧小区改造项目的公示",
        "paras": ["根据《河北省城镇老旧小区改造三年行动计划》和我市2020年改造计划，经各社区申报、现场勘查和居民意愿征询，拟将以下12个小区列入2020年城镇老旧小区改造项目，现予以公示：",
                  '<table><tr><th>序号</th><th>小区名称</th><th>楼栋数</th><th>户数</th><th>改造内容</th></tr>'
                  '<tr><td>1</td><td>建设路供销社宿舍</td><td>4</td><td>96</td><td>屋面防水、管网</td></tr><tr><td>2</td><td>益津北路粮食局家属院</td><td>6</td><td>168</td><td>外墙保温、道路</td></tr>'
                  '<tr><td>3</td><td>迎宾道电业局宿舍</td><td>5</td><td>140</td><td>管网、停车位</td></tr><tr><td>4</td><td>新华里小区</td><td>9</td><td>312</td><td>外墙保温、绿化</td></tr>'
                  '<tr><td>5</td><td>东环路交通局宿舍</td><td>3</td><td>72</td><td>屋面、照明</td></tr><tr><td>…</td><td>（共12个小区）</td><td>61</td><td>2318</td><td></td></tr></table>',
                  "公示期为2020年5月19日至5月25日。如有异议，请以书面形式向市住建局城建股反映。联系电话：0316-7222381。"],
        "sign": ["霸州市住房和城乡建设局", "二〇二〇年五月十八日"], "seal": "霸州市住房和城乡建设局", "seal_at": (60, -60)},
        dpi=150, grey=True, skew=.9, q=55, producer="HP LaserJet MFP M436 Scan", when="2020-11-18 09:11")
    L("05-住建局/扫描件（老旧小区改造）.pdf", "2.7", "2020-05-18", "document",
      "灰度扫描红头公示（150dpi，无文字层）：落款中文数字 二〇二〇年五月十八日，印章在其上方；公示期5月19日起为干扰", trap="灰度扫描章压日期")

    xlsx(o, "05-住建局/2020年第二批公共租赁住房实物配租名单.xlsx", "配租名单", [
        ["霸州市2020年第二批公共租赁住房实物配租结果"], ["制表单位：霸州市住房保障中心", "", "", "制表日期：2020年10月15日"],
        ["序号", "申请人", "家庭人口", "保障类型", "配租房源", "摇号日期"],
        [1, "李*华", 3, "城镇中等偏下收入", "紫御园3-2-502", D("2020-10-14")], [2, "王*军", 2, "城镇低保", "紫御园3-1-301", D("2020-10-14")],
        [3, "张*梅", 4, "新就业职工", "康泰小区7-3-602", D("2020-10-14")], [4, "刘*", 1, "城镇低收入", "康泰小区7-1-201", D("2020-10-14")],
        [5, "赵*强", 3, "外来务工", "紫御园5-2-404", D("2020-10-14")], [6, "孙*芳", 2, "城镇中等偏下收入", "紫御园5-1-103", D("2020-10-14")]],
        "公租房配租结果", widths=[6, 12, 10, 20, 20, 14], created="2020-10-15T08:20:00Z")
    L("05-住建局/2020年第二批公共租赁住房实物配租名单.xlsx", "2.7", "2020-10-15", "document",
      "xlsx配租结果：制表日期 2020年10月15日；摇号日期10-14为Excel日期序列值", trap="台账日期序列值")

    # ---- 2.8 国有产权交易 -------------------------------------------------------------------------
    h.shot("公共资源交易中心/国有产权转让公告.png", portal({
        "w": 1920, "style": "jy", "site": "霸州市公共资源交易中心", "url": "ggzy.bazhou.gov.cn", "today": None,
        "nav": ["首页", "交易信息", "工程建设", "政府采购", "产权交易", "土地矿产", "政策法规"],
        "crumb": ["首页", "交易信息", "产权交易", "转让公告"], "title": "霸州市城市建设投资有限公司所属车辆转让公告",
        "meta": ["【信息时间：2020-08-06】", "【浏览次数：233】"],
        "paras": ["受霸州市城市建设投资有限公司委托，经霸州市国有资产监督管理部门批准（霸国资〔2020〕12号），现将其所属的7台公务车辆以公开挂牌方式转让。",
                  "一、转让标的：别克GL8商务车2台、大众帕萨特轿车3台、依维柯客车2台，评估价合计48.6万元（河北某某资产评估有限公司评估，基准日2020年6月30日）。",
                  "二、挂牌底价：48.6万元，不低于评估值。", "三、挂牌期：2020年8月7日至2020年9月2日。",
                  "四、意向受让方须在挂牌截止日前交纳保证金5万元。", "联系人：陈工　0316-7835188"]}))
    L("公共资源交易中心/国有产权转让公告.png", "2.8", "2020-08-06", "screenshot",
      "交易中心老式页面（1920宽）：“信息时间：2020-08-06”；评估基准日6月30日、挂牌期为干扰；无今天是栏", trap="信息时间标签")

    h.photo("公共资源交易中心/IMG_5093.JPG", portal({
        "style": "jy", "site": "霸州市公共资源交易中心", "url": "ggzy.bazhou.gov.cn", "today": None,
        "nav": ["首页", "交易信息", "工程建设", "政府采购", "产权交易", "土地矿产", "政策法规"],
        "crumb": ["首页", "交易信息", "产权交易", "成交公示"], "title": "霸州市城市建设投资有限公司所属车辆转让成交公示",
        "meta": ["【信息时间：2020-09-07】", "【浏览次数：118】"],
        "paras": ["霸州市城市建设投资有限公司所属7台公务车辆转让项目于2020年9月2日挂牌期满，经网络竞价，现将成交结果公示如下：",
                  '<table><tr><th>标的</th><th>挂牌底价（万元）</th><th>成交价（万元）</th><th>受让方</th></tr>'
                  '<tr><td>别克GL8商务车2台</td><td>16.8</td><td>19.3</td><td>霸州市某某汽车销售有限公司</td></tr>'
                  '<tr><td>大众帕萨特轿车3台</td><td>18.6</td><td>21.0</td><td>张某某</td></tr>'
                  '<tr><td>依维柯客车2台</td><td>13.2</td><td>13.9</td><td>廊坊某某旅游客运有限公司</td></tr></table>',
                  "公示期：5个工作日。"]}), "phone", w=1200, h=1600, q=64, rot=3.0, tilt=4)
    L("公共资源交易中心/IMG_5093.JPG", "2.8", "2020-09-07", "screenshot",
      "手机拍摄另一台手机/平板上的成交公示页（暗色环境、摩尔纹）：信息时间 2020-09-07；挂牌期满9月2日为干扰", trap="翻拍屏幕")

    # ---- 2.9 工程招投标 -----------------------------------------------------------------------------
    h.shot("公共资源交易中心/中标候选人公示.png", portal({
        "style": "jy", "site": "霸州市公共资源交易中心", "url": "ggzy.bazhou.gov.cn", "today": None,
        "nav": ["首页", "交易信息", "工程建设", "政府采购", "产权交易", "土地矿产", "政策法规"],
        "crumb": ["首页", "交易信息", "工程建设", "中标候选人公示"], "title": "霸州市城区集中供热管网改造工程（二标段）中标候选人公示", "meta": None,
        "paras": ["霸州市城区集中供热管网改造工程（二标段）于2020年8月18日在霸州市公共资源交易中心开标，评标委员会按照招标文件规定的评标办法进行评审，现将中标候选人公示如下：",
                  "第一中标候选人：河北某某管道工程有限公司，投标报价：2386.42万元，工期：90日历天，项目经理：刘建国（冀113161712345）。",
                  "第二中标候选人：廊坊某某市政工程有限公司，投标报价：2412.70万元。", "第三中标候选人：天津某某建设集团有限公司，投标报价：2437.15万元。",
                  "公示期：三日。对公示结果有异议的，请在公示期内以书面形式向招标人提出。", "招标人：霸州市住房和城乡建设局　招标代理：河北某某招标有限公司"],
        "frame": {"url": "ggzy.bazhou.gov.cn/jyxx/gcjs/zbgs/2020/8/21/art_1532_8876.html", "time": "16:47", "date": "2020/11/18"}}))
    L("公共资源交易中心/中标候选人公示.png", "2.9", "2020-08-21", "screenshot",
      "浏览器窗口截图：页面无日期，只有地址栏URL中的日期 2020/8/21 → 2020-08-21；开标8月18日、任务栏时钟2020/11/18为干扰", trap="只有URL日期；任务栏时钟")

    # ---- 2.10 重大建设项目 -----------------------------------------------------------------------
    h.scan("发改局/扫描件(3).pdf", {
        "red": "霸州市发展和改革局", "no": "霸发改审〔2020〕41号", "title": "关于霸州市城区集中供热管网改造工程初步设计的批复",
        "to": "霸州市住房和城乡建设局：",
        "paras": ["你局《关于审批霸州市城区集中供热管网改造工程初步设计的请示》（霸住建〔2020〕33号）收悉。经研究，现批复如下：",
                  "一、同意该工程初步设计。项目建设地点为霸州市城区，建设内容为新建及改造一级供热管网11.6公里、换热站14座。",
                  "二、核定工程概算总投资8365万元，其中工程费用7120万元，工程建设其他费用812万元，预备费433万元。资金来源为中央预算内资金及地方政府专项债券。",
                  "三、项目须依法进行招标，招标范围为全部勘察、设计、施工、监理及重要设备材料采购，招标方式为公开招标。",
                  "四、请严格按批复内容组织实施，确需变更的，按程序报批。"],
        "sign": ["霸州市发展和改革局", "二〇二〇年四月二十七日"], "seal": "霸州市发展和改革局", "seal_at": (50, -48),
        "after": ["抄送：市财政局，市自然资源和规划局，市审计局。"]}, dpi=200, grey=False, skew=.4, q=55, producer="KONICA MINOLTA bizhub C368", when="2020-11-17 11:40")
    L("发改局/扫描件(3).pdf", "2.10", "2020-04-27", "document",
      "彩色扫描初步设计批复（200dpi无文字层）：红章压住落款 二〇二〇年四月二十七日；请示文号年份为干扰", trap="红章压中文日期")

    h.shot("行政审批局/重大项目施工许可信息.png", portal({
        "style": "plat", "site": "霸州市政府信息公开平台", "url": "xxgk.bazhou.gov.cn", "today": "2020-11-18", "nav": NAV_PLAT,
        "crumb": ["首页", "法定主动公开内容", "重大建设项目", "施工有关信息"], "left": PLAT_LEFT,
        "grid": grid("000013842/2020-00533", "霸州市行政审批局", "2020年07月27日", "2020年07月29日", "", "城乡建设"),
        "title": "霸州市城区集中供热管网改造工程建筑工程施工许可信息公开",
        "paras": ["项目名称：霸州市城区集中供热管网改造工程（一标段）", "建设单位：霸州市住房和城乡建设局", "施工单位：河北某某管道工程有限公司　项目经理：刘建国",
                  "监理单位：廊坊某某工程监理有限公司　总监理工程师：孟庆雨", "合同工期：2020年8月1日至2020年10月31日", "施工许可证编号：131081202007270101",
                  "发证机关：霸州市行政审批局　发证日期：2020年7月27日"]}))
    L("行政审批局/重大项目施工许可信息.png", "2.10", "2020-07-29", "screenshot",
      "信息公开平台网格：成文日期07-27（=发证日期）≠ 发布日期07-29，取发布日期", trap="信息公开网格 发布日期≠成文日期")

    # ---- 2.11 灾害事故救援 -------------------------------------------------------------------------
    h.shot("应急局/Screenshot_20201117-161020.png", phone(
        "weibo", w=1080, clock="16:10", c2="#e0620d", posts=[{
            "name": "霸州应急", "av": "应急", "time": "8月2日 17:35 来自 HUAWEI Mate 30",
            "text": "【暴雨蓝色预警】市气象台8月2日17时发布暴雨蓝色预警：预计今天夜间到明天白天，我市大部分地区将出现暴雨，局地大暴雨，累计降雨量50-80毫米，"
                    "并伴有短时强降水和7级以上雷暴大风。市防汛抗旱指挥部已启动防汛Ⅳ级应急响应。请市民减少外出，远离河道、低洼地带和广告牌。"
                    "<a>#霸州防汛#</a>", "rt": 86, "cm": 17, "lk": 142}]))
    L("应急局/Screenshot_20201117-161020.png", "2.11", "2020-08-02", "screenshot",
      "政务微博手机截图（1080宽）：发布时间只有月日“8月2日 17:35”（当年微博不显示年份）→2020-08-02；文件名日期11-17为收集时间", trap="署名只有月日；文件名日期")

    h.pdf("应急局/关于启动防汛Ⅳ级应急响应的通知.pdf", {
        "red": "霸州市防汛抗旱指挥部", "no": "霸汛〔2020〕7号", "title": "关于启动防汛Ⅳ级应急响应的通知",
        "to": "各乡镇（区、办）防汛抗旱指挥部，市防汛抗旱指挥部各成员单位：",
        "paras": ["据市气象台预报，8月2日夜间至3日白天我市将出现暴雨天气过程，局地大暴雨。根据《霸州市防汛应急预案》，市防汛抗旱指挥部决定于2020年8月2日18时启动防汛Ⅳ级应急响应。",
                  "一、各级防汛责任人立即上岗到位，严格执行24小时值班和领导带班制度。", "二、对城区易积水点、下穿通道、在建工地、危旧房屋开展拉网式排查，及时转移危险区域群众。",
                  "三、各抢险队伍、物资装备做好随时出动准备。", "四、发生险情要第一时间报告，不得迟报、漏报、瞒报。", "值班电话：0316-7221110"],
        "sign": ["霸州市防汛抗旱指挥部", "2020年8月2日"], "yinfa": ("霸州市防汛抗旱指挥部办公室", "2020年8月2日印发")}, collected="20201117161500")
    L("应急局/关于启动防汛Ⅳ级应急响应的通知.pdf", "2.11", "2020-08-02", "document",
      "文字版PDF通知：落款 2020年8月2日；预报3日为干扰；PDF元数据11-17")

    h.shot("胜芳镇/防汛演练微博.png", phone(
        "weibo", w=414, clock="19:48", c2="#2d8f5b", posts=[{
            "name": "胜芳发布", "av": "胜芳", "time": "2020-06-24 15:06",
            "text": "6月23日上午，胜芳镇在中亭河胜芳段组织开展防汛应急抢险演练，镇村两级抢险队伍120余人参加。演练模拟堤防管涌、群众转移等险情处置，"
                    "检验了预警发布、人员转移、物资调运各环节。<a>#防汛备汛#</a>", "rt": 5, "cm": 2, "lk": 37}]))
    L("胜芳镇/防汛演练微博.png", "2.11", "2020-06-24", "screenshot",
      "错放单位：防汛演练（灾害事故救援领域，责任单位市应急管理局）放在胜芳镇文件夹；微博时间 2020-06-24 15:06，演练6月23日早于发布", trap="事件日期早于发布")

    # ---- 2.12 公共文化体育 -----------------------------------------------------------------------
    h.photo("文广旅局/IMG_4420.JPG", doc_image({
        "title": "霸州市图书馆、文化馆开放时间公告",
        "paras": ["根据疫情防控常态化要求，经研究，市图书馆、文化馆自即日起恢复正常开放，现将开放时间及有关事项公告如下：",
                  "一、市图书馆（益津北路文化中心一层）：周二至周日 9:00-17:00，周一闭馆。", "二、市文化馆（文化中心二层）：排练厅、书画室周二至周日 8:30-11:30、14:00-17:00。",
                  "三、入馆须知：入馆人员须佩戴口罩、扫描健康码、测量体温，单日限流500人次。",
                  "四、免费开放项目：图书借阅、电子阅览、少儿阅读、公益培训、展览讲座。", "咨询电话：0316-7215566"],
        "sign": ["霸州市文化广电和旅游局", "2020年5月20日"]}, paper="#fdfdf8"), "paper", w=1600, h=1200, q=66, rot=88.5, tilt=3)
    L("文广旅局/IMG_4420.JPG", "2.12", "2020-05-20", "document",
      "手机横拍纸质公告（纸张旋转约90°）：落款 2020年5月20日", trap="纸件照片旋转")

    h.shot("教体局/全民健身运动会开幕.jpg", phone(
        "wechat", w=750, clock="21:16", title="霸州市第六届全民健身运动会开幕", account="霸州教育", byline="2020-08-09", c1="#79c36a", c2="#2f8f2e",
        pic="全民健身运动会",
        paras=["8月8日上午，霸州市第六届全民健身运动会在市体育场开幕，来自全市各乡镇、机关企事业单位的32支代表队1600余名运动员参加。",
               "本届运动会设篮球、乒乓球、羽毛球、广场舞、健身气功、中国象棋等12个项目，持续至9月底，并同步开展《国家体育锻炼标准》达标测试。",
               "近年来，我市新建社区健身广场46个，全民健身路径覆盖所有行政村，社会体育指导员达到1280名。"], q=70))
    L("教体局/全民健身运动会开幕.jpg", "2.12", "2020-08-09", "screenshot",
      "公众号文章手机截图（750宽）：署名 2020-08-09；开幕8月8日早于发布；标题无日期", trap="事件日期早于发布")

    # ---- 2.13 自然资源配置 -------------------------------------------------------------------------
    h.pdf("自然资源和规划局/国有建设用地使用权挂牌出让公告（霸自然资告字〔2020〕12号）.pdf", {
        "title": "霸州市国有建设用地使用权挂牌出让公告", "subtitle": "霸自然资告字〔2020〕12号",
        "paras": ["经霸州市人民政府批准，霸州市自然资源和规划局决定以挂牌方式出让2幅国有建设用地使用权。现将有关事项公告如下：",
                  '<table><tr><th>宗地编号</th><th>位置</th><th>面积（㎡）</th><th>用途</th><th>出让年限</th><th>起始价（万元）</th></tr>'
                  '<tr><td>霸2020-17</td><td>迎宾道北侧、振兴路东侧</td><td>26841</td><td>城镇住宅</td><td>70年</td><td>16105</td></tr>'
                  '<tr><td>霸2020-18</td><td>南环路南侧、工业园区三纬路</td><td>40215</td><td>工业</td><td>50年</td><td>1528</td></tr></table>',
                  "一、竞买申请人可于2020年10月23日至2020年11月10日到霸州市公共资源交易中心获取挂牌出让文件。",
                  "二、挂牌时间：霸2020-17号宗地自2020年11月3日9时至2020年11月17日10时。",
                  "三、竞买保证金须于2020年11月13日17时前到账。", "联系地址：霸州市益津南路自然资源和规划局　联系电话：0316-7223356"],
        "sign": ["霸州市自然资源和规划局", "2020年10月13日"]}, collected="20201118100211")
    L("自然资源和规划局/国有建设用地使用权挂牌出让公告（霸自然资告字〔2020〕12号）.pdf", "2.13", "2020-10-13", "document",
      "文字版PDF出让公告：落款 2020年10月13日；获取文件、挂牌、保证金等期限日期均晚于落款为干扰")

    rows = [["霸州市2020年度国有建设用地供应计划"], ["编制单位：霸州市自然资源和规划局", "", "", "编制日期：2020年3月25日"],
            ["用途", "计划供应面积（公顷）", "其中：新增建设用地", "其中：存量建设用地", "占比"],
            ["商服用地", 12.5, 8.2, 4.3, 0.087], ["工矿仓储用地", 58.6, 44.1, 14.5, 0.408], ["住宅用地", 36.4, 21.0, 15.4, 0.253],
            ["公共管理与公共服务用地", 18.9, 12.3, 6.6, 0.131], ["交通运输用地", 17.3, 15.8, 1.5, 0.12], ["合计", 143.7, 101.4, 42.3, 1],
            ["说明：本计划经市政府2020年3月20日第五次常务会议审议通过。"]]
    xlsx(o, "自然资源和规划局/2020年度国有建设用地供应计划.xlsx", "供应计划", rows, "2020年度国有建设用地供应计划", widths=[24, 20, 20, 20, 10], created="2020-03-25T02:00:00Z")
    L("自然资源和规划局/2020年度国有建设用地供应计划.xlsx", "2.13", "2020-03-25", "document",
      "xlsx供应计划：编制日期 2020年3月25日；常务会议3月20日为干扰")

    # ---- 2.14 医疗卫生 -------------------------------------------------------------------------------
    h.shot("卫健局/核酸检测采样点公告.jpg", phone(
        "wechat", w=1242, clock="18:40", title="关于公布我市新冠病毒核酸检测采样点的公告", account="健康霸州", byline="2020-10-13 18:02",
        c1="#69c1d8", c2="#1c8fb0", light=True,
        paras=["为满足群众“愿检尽检”需求，现将我市新冠病毒核酸检测采样点公布如下：",
               '<table><tr><td>采样点</td><td>地址</td><td>采样时间</td></tr><tr><td>霸州市第一医院</td><td>益津中路</td><td>8:00-17:00</td></tr>'
               '<tr><td>霸州市中医院</td><td>迎宾道</td><td>8:00-12:00</td></tr><tr><td>霸州市第二医院（胜芳）</td><td>胜芳镇中山路</td><td>8:00-16:00</td></tr></table>',
               "个人自愿检测费用为每人次80元，混采每人次30元。", "咨询电话：0316-7225120"], q=58))
    L("卫健局/核酸检测采样点公告.jpg", "2.14", "2020-10-13", "screenshot",
      "公众号文章手机截图（1242宽JPEG q58）：浅灰署名 2020-10-13 18:02", trap="浅灰署名")

    h.shot("医保局/定点医药机构违规处理情况通报.png", portal({
        "w": 1920, "site": "霸州市人民政府", "today": "2020-11-19", "crumb": ["首页", "政务公开", "重点领域", "医疗卫生"],
        "title": "霸州市医疗保障局关于2020年定点医药机构专项检查违规处理情况的通报",
        "meta": ["发布日期：2020-09-29", "来源：市医疗保障局", "字体：【大 中 小】"],
        "paras": ["按照打击欺诈骗保专项治理工作部署，7月至9月，我局对全市186家定点医药机构开展了全覆盖检查。",
                  "检查发现存在超标准收费、串换项目、挂床住院等违规问题的机构23家，共追回医保基金及违约金87.36万元，暂停医保服务协议2家，解除协议1家。",
                  "具体处理情况见下表。", '<table><tr><th>机构名称</th><th>违规问题</th><th>处理结果</th></tr>'
                  '<tr><td>霸州某某医院</td><td>挂床住院</td><td>追回7.82万元，暂停协议3个月</td></tr><tr><td>某某大药房连锁霸州店</td><td>串换药品</td><td>追回1.16万元，解除协议</td></tr>'
                  '<tr><td>某某镇卫生院</td><td>超标准收费</td><td>追回0.68万元</td></tr></table>', "举报电话：0316-7226801"],
        "side": ("医疗卫生", [("关于公布我市新冠病毒核酸检测采样点的公告", "2020-10-13"), ("2020年三级公立医院绩效考核结果", "2020-08-31"), ("霸州市疫苗接种门诊名单", "2020-07-06")])}))
    L("医保局/定点医药机构违规处理情况通报.png", "2.14", "2020-09-29", "screenshot",
      "1920宽门户页：发布日期 2020-09-29；今天是栏、侧栏日期为干扰")

    h.shot("卫健局/Screenshot_2020-11-17-15-20-33.png", phone(
        "app", w=720, clock="15:20", c1="#6cc3d5", c2="#168aad", app="霸州市政府信息公开", head=("医疗卫生", "重点领域信息公开"),
        items=[("关于公布我市新冠病毒核酸检测采样点的公告", "10-13"), ("2020年定点医药机构违规处理情况通报", "09-29"),
               ("2020年三级公立医院绩效考核结果", "08-31"), ("霸州市疫苗接种门诊名单及服务时间", "07-06"), ("关于做好秋冬季疫情防控工作的通告", "10-30"),
               ("2020年上半年药品抽检结果公告", "07-22"), ("霸州市家庭医生签约服务包", "05-18"), ("医疗机构执业许可信息公开", "04-29"), ("加载更多", "")]))
    L("卫健局/Screenshot_2020-11-17-15-20-33.png", "2.14", None, "screenshot",
      "政务APP医疗卫生栏目列表手机截图：各条只有月-日，本页无自己的日期→null；文件名日期 2020-11-17 为诱饵", trap="只有文件名日期（null）")

    # ---- 3.1 县级目录 ---------------------------------------------------------------------------------
    rows = [["霸州市26个试点领域政务公开事项标准目录（汇总）"], ["编制单位：霸州市政务公开办公室", "", "", "", "编制日期：2020年10月28日"],
            ["序号", "领域", "公开事项（项）", "牵头单位", "公开渠道", "更新时限"]]
    for i, (a, b, c) in enumerate([("重大建设项目", 62, "市发展和改革局"), ("公共资源交易", 48, "市行政审批局"), ("财政预决算", 18, "市财政局"),
                                    ("安全生产", 21, "市应急管理局"), ("税收管理", 15, "市税务局"), ("征地补偿", 12, "市自然资源和规划局"),
                                    ("国有土地上房屋征收与补偿", 14, "市住房和城乡建设局"), ("农村危房改造", 9, "市住房和城乡建设局"),
                                    ("城市综合执法", 23, "市城市管理综合行政执法局"), ("义务教育", 17, "市教育和体育局"), ("社会救助", 16, "市民政局"),
                                    ("养老服务", 11, "市民政局"), ("公共就业服务", 20, "市人力资源和社会保障局"), ("医疗卫生", 24, "市卫生健康局")]):
        rows.append([i + 1, a, b, c, "政府信息公开平台", "20个工作日"])
    rows.append(["", "（其余12个领域略，详见分表）"])
    xlsx(o, "政务公开办/26个领域政务公开事项标准目录汇总.xlsx", "汇总", rows, "", widths=[6, 26, 14, 28, 20, 12], created="2020-10-28T09:10:00Z")
    L("政务公开办/26个领域政务公开事项标准目录汇总.xlsx", "3.1", "2020-10-28", "document", "xlsx汇总表：编制日期 2020年10月28日")

    h.shot("政务公开办/标准目录发布页.png", portal({
        "style": "plat", "site": "霸州市政府信息公开平台", "url": "xxgk.bazhou.gov.cn", "today": "2020-11-19", "nav": NAV_PLAT,
        "crumb": ["首页", "法定主动公开内容", "政务公开事项标准目录"], "left": PLAT_LEFT,
        "grid": grid("000013842/2020-00702", "霸州市政务公开办公室", "2020年10月28日", "2020年10月30日", "", "综合政务"),
        "title": "霸州市26个试点领域政务公开事项标准目录",
        "paras": ["按照《国务院办公厅关于全面推进基层政务公开标准化规范化工作的指导意见》和省、市工作部署，我市组织26个领域牵头部门编制完成政务公开事项标准目录，现予公布。",
                  "目录实行动态调整，各部门按照目录要求及时、准确公开相关信息。", "点击以下领域查看分目录：重大建设项目｜公共资源交易｜财政预决算｜安全生产｜税收管理｜征地补偿｜"
                  "国有土地上房屋征收与补偿｜农村危房改造｜城市综合执法｜义务教育｜社会救助｜养老服务｜公共就业服务｜医疗卫生｜……"]}))
    L("政务公开办/标准目录发布页.png", "3.1", "2020-10-30", "screenshot",
      "信息公开平台网格：成文日期10-28 ≠ 发布日期10-30，取发布日期", trap="信息公开网格 发布日期≠成文日期")

    # ---- 3.2 乡镇目录（同一乡镇模板，三个乡镇） --------------------------------------------------
    for town, pub, today, ext in [("胜芳镇", "2020-10-26 11:02", "2020-11-17", ".png"), ("信安镇", "2020-10-27 09:15", "2020-11-18", ".png"),
                                  ("东杨庄乡", "2020-10-29 15:40", "2020-11-16", ".jpg")]:
        src = f"{town}/{town}基层政务公开标准目录{ext}"
        html, size = portal(town_catalog_page(town, pub, today, TOWN_MODS))
        h.shot(src, (html, (size[0], size[1], 60)))
        L(src, "3.2", pub[:10], "screenshot", f"乡镇专栏同一模板的目录发布页：发布时间 {pub[:10]}；今天是栏 {today} 为干扰", group="乡镇专栏模板（绿色）")

    h.photo("南孟镇/村务公开栏照片.jpg", doc_image({
        "title": "后营村村务公开事项目录", "paras": [
            '<table><tr><th>类别</th><th>公开事项</th><th>公开时间</th></tr><tr><td>党务</td><td>党员发展、党费收缴</td><td>每季度</td></tr>'
            '<tr><td>村务</td><td>村民代表会议决议、“四议两公开”事项</td><td>随时</td></tr><tr><td>财务</td><td>村级收支、集体资产资源</td><td>每季度</td></tr>'
            '<tr><td>惠民</td><td>低保、特困、危房改造、耕地补贴</td><td>随时</td></tr><tr><td>工程</td><td>村内项目招标、施工、验收</td><td>随时</td></tr></table>',
            "监督电话：南孟镇纪委 0316-7931230"], "sign": ["后营村村民委员会", "后营村村务监督委员会", "2020年10月20日"]}, paper="#fffef6"),
        "board", w=1200, h=1600, q=60, rot=-1.0, tilt=7)
    L("南孟镇/村务公开栏照片.jpg", "3.2", "2020-10-20", "document", "手机拍摄村务公开栏的村务公开事项目录：落款 2020年10月20日", trap="公示栏照片反光")

    # ---- 4.1 解读情况 ---------------------------------------------------------------------------------
    h.shot("民政局/《居家养老服务补贴办法》解读.jpg", phone(
        "wechat", w=720, clock="12:31", title="一图读懂｜《霸州市经济困难老年人居家养老服务补贴办法》", account="霸州民政", byline="2020年9月3日",
        c1="#f5a97a", c2="#d9622b", pic="一图读懂 居家养老服务补贴",
        paras=["9月1日，市民政局、市财政局联合印发《霸州市经济困难老年人居家养老服务补贴办法》。一起来看看有哪些变化：",
               "补贴对象：本市户籍、年满60周岁的低保、特困、低收入家庭中的失能、半失能老年人。", "补贴标准：每人每月100元服务券，可用于助餐、助洁、助浴、助医等服务。",
               "申请方式：由本人或家属向村（居）委会提出，乡镇审核、民政局审批。", "政策原文：霸民〔2020〕18号（点击阅读原文查看）"], q=64))
    L("民政局/《居家养老服务补贴办法》解读.jpg", "4.1", "2020-09-03", "screenshot",
      "错放单位：政策图解（政策解读，责任单位市政务公开办）放在民政局文件夹；题材养老而体裁为解读→4.1；署名 2020年9月3日，印发9月1日为干扰", trap="题材≠体裁")

    h.shot("05-住建局/图解停车管理办法.png", portal({
        "site": "霸州市人民政府", "today": "2020-11-17", "crumb": ["首页", "政务公开", "政策解读"],
        "title": "图解：《霸州市城区机动车停车管理办法》", "meta": ["2020-06-18 10:12", "市住房和城乡建设局"], "meta_colour": "#aaa",
        "paras": ["一、出台背景：城区机动车保有量已达14.6万辆，停车供需矛盾突出。", "二、主要内容：明确停车设施规划建设、收费管理、路内泊位设置和占道停车执法的职责分工。",
                  "三、亮点：新建住宅按每户不少于1个泊位配建；机关企事业单位停车场错时向社会开放；路内停车实行“首半小时免费”。",
                  "四、施行时间：2020年7月15日。", "相关文件：霸州市人民政府办公室关于印发霸州市城区机动车停车管理办法的通知（霸政办〔2020〕27号）"],
        "side": ("政策解读", [("《居家养老服务补贴办法》解读", "2020-09-03"), ("2020年政务公开工作要点解读", "2020-04-16"), ("农村生活污水治理三年行动方案解读", "2020-08-11")])}))
    L("05-住建局/图解停车管理办法.png", "4.1", "2020-06-18", "screenshot",
      "门户政策解读页：标题下只有无标签日期“2020-06-18 10:12”（浅灰）；施行7月15日、侧栏日期为干扰", trap="无标签署名")

    # ---- 4.2 解读比例 ---------------------------------------------------------------------------------
    rows = [["霸州市2020年政策性文件解读情况统计表"], ["统计单位：市政务公开办", "", "", "", "统计日期：2020年11月12日"],
            ["序号", "政策文件", "文号", "文件发布日期", "解读形式", "解读发布日期"]]
    for i, (a, b, c, dd, e) in enumerate([("霸州市2020年政务公开工作要点", "霸政办〔2020〕14号", "2020-04-13", "文字解读", "2020-04-16"),
                                           ("霸州市城区机动车停车管理办法", "霸政办〔2020〕27号", "2020-06-15", "图解", "2020-06-18"),
                                           ("霸州市农村生活污水治理三年行动方案", "霸政办〔2020〕35号", "2020-08-06", "文字解读", "2020-08-11"),
                                           ("霸州市经济困难老年人居家养老服务补贴办法", "霸民〔2020〕18号", "2020-09-01", "一图读懂", "2020-09-03"),
                                           ("霸州市城区集中供热专项规划", "霸政办〔2020〕40号", "2020-10-19", "新闻发布会", "2020-10-23")]):
        rows.append([i + 1, a, b, D(c), dd, D(e)])
    rows += [["", "合计：应解读文件5件，已解读5件，解读率100%"]]
    xlsx(o, "政务公开办/2020年政策文件解读情况统计表.xlsx", "统计", rows, "解读统计", widths=[6, 36, 18, 14, 12, 14], created="2020-11-12T02:30:00Z")
    L("政务公开办/2020年政策文件解读情况统计表.xlsx", "4.2", "2020-11-12", "document",
      "xlsx统计表：统计日期 2020年11月12日；各行文件/解读日期为Excel日期序列值", trap="台账日期序列值")

    h.scan("政务公开办/关于政策解读工作情况的通报.pdf", {
        "red": "霸州市人民政府办公室", "no": "霸政办通〔2020〕16号", "title": "关于全市政策解读工作情况的通报",
        "to": "各乡镇人民政府，市政府各部门：",
        "paras": ["按照《关于做好2020年重大政策宣传解读工作的通知》要求，市政务公开办于8月下旬对全市政策解读工作进行了检查，现将有关情况通报如下：",
                  "一、总体情况。截至8月31日，市政府及市政府办公室印发政策性文件3件，均已在5个工作日内发布解读材料，解读率100%。各部门印发政策性文件11件，已解读9件，解读率81.8%。",
                  "二、存在问题。个别部门解读材料简单复制原文，未做到图文解读；2件文件未按要求同步解读。",
                  "三、工作要求。各部门要严格执行政策文件与解读材料“同步起草、同步审签、同步发布”制度，9月底前完成未解读文件的补充解读。"],
        "sign": ["霸州市人民政府办公室", "二〇二〇年九月十五日"], "seal": "霸州市人民政府办公室", "seal_at": (44, -38),
        "yinfa": ("霸州市人民政府办公室", "2020年9月16日印发")}, dpi=300, grey=True, skew=-.3, q=45, producer="EPSON Scan", when="2020-11-18 14:32")
    L("政务公开办/关于政策解读工作情况的通报.pdf", "4.2", "2020-09-15", "document",
      "灰度扫描（300dpi无文字层）：红章压住落款 二〇二〇年九月十五日；印发行9月16日晚于落款为干扰", trap="灰度扫描章压日期；印发日期")

    # ---- 4.3 解读关联 ---------------------------------------------------------------------------------
    h.shot("政务公开办/解读关联截图.png", portal({
        "style": "plat", "site": "霸州市政府信息公开平台", "url": "xxgk.bazhou.gov.cn", "today": "2020-11-19", "nav": NAV_PLAT,
        "crumb": ["首页", "法定主动公开内容", "政策文件"], "left": PLAT_LEFT,
        "grid": grid("000013842/2020-00305", "霸州市人民政府办公室", "2020年05月11日", "2020年05月14日", "霸政办〔2020〕22号", "农业、林业、水利"),
        "title": "霸州市人民政府办公室关于印发霸州市农村人居环境整治提升行动方案的通知",
        "paras": ["各乡镇人民政府，市政府各部门：", "《霸州市农村人居环境整治提升行动方案》已经市政府同意，现印发给你们，请结合实际认真组织实施。",
                  "（此件公开发布）"],
        "related_title": "相关解读", "related": [("【文字解读】《霸州市农村人居环境整治提升行动方案》政策解读", "2020-05-15"),
                                                ("【图片解读】一图读懂农村人居环境整治提升行动", "2020-05-18")]}))
    L("政务公开办/解读关联截图.png", "4.3", "2020-05-14", "screenshot",
      "信息公开平台政策文件页带“相关解读”关联：成文05-11 ≠ 发布05-14，取发布日期；相关解读日期为干扰", trap="信息公开网格 发布日期≠成文日期")

    h.photo("政务公开办/IMG_20201116_153012.jpg", portal({
        "site": "霸州市人民政府", "today": "2020-11-16", "crumb": ["首页", "政务公开", "政策解读"],
        "title": "《霸州市农村生活污水治理三年行动方案》政策解读", "meta": ["发布时间：2020-08-11 09:30", "来源：市政务公开办", "阅读次数：336"],
        "paras": ["一、制定背景：为落实农村人居环境整治要求，补齐农村生活污水治理短板，制定本方案。",
                  "二、目标任务：到2022年底，全市农村生活污水治理率达到60%以上，重点村全覆盖。", "三、主要措施：分类推进纳管、集中处理和分散处理三种模式。",
                  '<p style="color:#1d5fa8">原文链接：霸州市人民政府办公室关于印发霸州市农村生活污水治理三年行动方案的通知（霸政办〔2020〕35号）</p>'],
        "side": GOV_SIDE}), "monitor", w=1600, h=1200, q=62, rot=1.2, tilt=9)
    L("政务公开办/IMG_20201116_153012.jpg", "4.3", "2020-08-11", "screenshot",
      "手机翻拍屏幕：解读页底部带“原文链接”（解读关联）→4.3；发布时间 2020-08-11 09:30；文件名日期为干扰", trap="翻拍屏幕；近邻指标4.1/4.3")

    # ---- 5.1 信息公开指南（同一乡镇模板：txt 与 zip 中的 docx） ------------------------------------
    write_text(o.path("信安镇/信安镇政府信息公开指南.txt"), guide_txt("信安镇", "2020-04-09", "0316-7961023", "霸州市信安镇信安大街96号"), enc="gb18030", crlf=True)
    L("信安镇/信安镇政府信息公开指南.txt", "5.1", "2020-04-09", "document",
      "GB18030+CRLF 纯文本指南：末行落款 2020年4月9日；国务院令第711号为干扰", group="乡镇信息公开指南模板")
    g = guide_txt("堂二里镇", "2020-03-18", "0316-7950206", "霸州市堂二里镇政府街12号")
    docx(o, ZIP + "01-公开指南/堂二里镇政府信息公开指南（2020年版）.docx", g[0],
         [("t", g[0])] + [("n" if x.startswith(("一、", "二、", "三、", "（")) else "p", x) for x in g[2:-3] if x] + [("r", g[-2]), ("r", g[-1])],
         created="2020-11-19T01:20:00Z")
    L(ZIP + "01-公开指南/堂二里镇政府信息公开指南（2020年版）.docx", "5.1", "2020-03-18", "document",
      "zip内docx指南：落款 2020年3月18日；OOXML创建时间 2020-11-19 为干扰", group="乡镇信息公开指南模板")

    h.photo("岔河集乡/IMG_6630.JPG", doc_image({
        "title": "岔河集乡政府信息公开指南（摘要）",
        "paras": ["一、公开方式：霸州市政府信息公开平台“乡镇专栏”、乡便民服务中心公开栏、村务公开栏。",
                  "二、依申请公开受理机构：岔河集乡党政综合办公室（乡政府一楼103室），受理时间为工作日8:30-17:30。",
                  "三、申请方式：当面申请、信函申请、网上申请（霸州市政府信息公开平台“依申请公开”栏目）。",
                  "四、答复时限：自收到申请之日起20个工作日内答复。", "五、监督方式：可向霸州市政务公开办公室投诉举报，电话0316-7225576。"],
        "sign": ["岔河集乡人民政府", "2020年3月31日"]}, paper="#f9f9f4"), "board", w=1200, h=1600, q=62, rot=2.2, tilt=-4)
    L("岔河集乡/IMG_6630.JPG", "5.1", "2020-03-31", "document", "手机拍摄便民服务中心公开栏张贴的指南摘要：落款 2020年3月31日", trap="公示栏照片反光")

    # ---- 5.2 信息公开制度 -------------------------------------------------------------------------
    h.pdf("政务公开办/霸州市政府信息公开申请办理工作规范.pdf", {
        "red": "霸州市人民政府办公室", "no": "霸政办字〔2020〕19号", "title": "霸州市人民政府办公室关于印发霸州市政府信息公开申请办理工作规范的通知",
        "to": "各乡镇人民政府，市政府各部门：",
        "paras": ["《霸州市政府信息公开申请办理工作规范》已经市政府同意，现印发给你们，请认真贯彻执行。", "霸州市政府信息公开申请办理工作规范",
                  "第一条　为规范政府信息公开申请办理工作，根据《中华人民共和国政府信息公开条例》（2019年4月3日修订）和《河北省实施〈中华人民共和国政府信息公开条例〉办法》，制定本规范。",
                  "第二条　申请办理包括登记、审查、办理、答复、归档五个环节。", "第三条　行政机关收到申请后应当当日登记，并自收到申请之日起20个工作日内予以答复。",
                  "第四条　答复书应当加盖行政机关印章，并告知救济渠道。", "第五条　本规范自印发之日起施行。"],
        "sign": ["霸州市人民政府办公室", "2020年5月26日"], "after": ["（此件公开发布）"], "yinfa": ("霸州市人民政府办公室", "2020年5月28日印发")}, collected="20201116170202")
    L("政务公开办/霸州市政府信息公开申请办理工作规范.pdf", "5.2", "2020-05-26", "document",
      "文字版PDF红头文件：落款 2020年5月26日；印发行5月28日、条例修订日期为干扰", trap="印发日期晚于落款")

    docx(o, "政务公开办/政府信息公开保密审查制度.docx", "霸州市政府信息公开保密审查制度", [
        ("t", "霸州市政府信息公开保密审查制度"),
        ("p", "第一条　为规范政府信息公开保密审查工作，防止泄露国家秘密、工作秘密，根据《中华人民共和国保守国家秘密法》《中华人民共和国政府信息公开条例》，制定本制度。"),
        ("p", "第二条　各单位拟公开的政府信息，实行“先审查、后公开”和“一事一审”原则，未经审查的，不得公开。"),
        ("p", "第三条　保密审查实行三级审核：承办人员初审，科室负责人复审，单位分管负责人终审。"),
        ("p", "第四条　对是否涉密难以确定的信息，应报市保密行政管理部门确定。"),
        ("p", "第五条　本制度自发布之日起施行。"), ("r", "霸州市政务公开办公室"), ("r", "2020年4月14日")], created="2020-11-13T06:05:00Z")
    L("政务公开办/政府信息公开保密审查制度.docx", "5.2", "2020-04-14", "document", "docx制度：落款 2020年4月14日；创建时间11-13为干扰")

    # ---- 5.3 年度报告 ---------------------------------------------------------------------------------
    h.pdf("生态环境分局/2019年政府信息公开工作年度报告.pdf", {
        "title": "廊坊市生态环境局霸州市分局2019年政府信息公开工作年度报告",
        "paras": ["本报告依据《中华人民共和国政府信息公开条例》（以下简称《条例》）第五十条规定编制。报告中所列数据统计期限自2019年1月1日起至2019年12月31日止。",
                  "一、总体情况", "2019年，我分局主动公开大气、水环境质量、建设项目环评审批、行政处罚等信息326条，其中空气质量月报12期，黑臭水体整治进展4期。",
                  "二、主动公开政府信息情况",
                  '<table><tr><th>信息内容</th><th>本年新制作数量</th><th>本年新公开数量</th><th>对外公开总数量</th></tr><tr><td>规章</td><td>0</td><td>0</td><td>0</td></tr>'
                  '<tr><td>规范性文件</td><td>1</td><td>1</td><td>3</td></tr><tr><td>行政处罚</td><td>—</td><td>48</td><td>—</td></tr></table>',
                  "三、收到和处理政府信息公开申请情况：本年新收申请5件，均按期答复。", "四、政府信息公开行政复议、行政诉讼情况：无。",
                  "五、存在的主要问题及改进情况：部分环境信息公开时效性有待提高。"],
        "sign": ["廊坊市生态环境局霸州市分局", "2020年1月19日"]}, collected="20201116100033")
    L("生态环境分局/2019年政府信息公开工作年度报告.pdf", "5.3", "2020-01-19", "document",
      "文字版PDF：题材环保（生态环境分局）而体裁为政府信息公开年度报告→5.3；落款 2020年1月19日；统计期2019年为干扰", trap="题材≠体裁")

    h.pdf(ZIP + "02-年度报告/堂二里镇2019年政府信息公开工作年度报告.pdf", {
        "title": "堂二里镇2019年政府信息公开工作年度报告",
        "paras": ["本报告依据《中华人民共和国政府信息公开条例》要求编制，统计期限自2019年1月1日起至2019年12月31日止。",
                  "一、总体情况。2019年，我镇通过霸州市政府信息公开平台乡镇专栏主动公开信息142条，通过镇村两级公开栏公开信息680余条。",
                  "二、主动公开政府信息情况。公开财政预决算、低保特困救助、农村危房改造、耕地地力保护补贴等信息。",
                  "三、收到和处理政府信息公开申请情况。本年度收到申请2件，均在法定期限内答复。",
                  "四、政府信息公开行政复议、行政诉讼情况。无。", "五、存在的主要问题及改进情况。村务公开更新不够及时，2020年将建立月度检查制度。"],
        "sign": ["堂二里镇人民政府", "2020年1月17日"]}, collected="20201119103010")
    L(ZIP + "02-年度报告/堂二里镇2019年政府信息公开工作年度报告.pdf", "5.3", "2020-01-17", "document",
      "zip内文字版PDF年报：落款 2020年1月17日；统计期2019年为干扰")

    h.photo("康仙庄乡/年报截图.jpg", portal({
        "style": "plat", "site": "霸州市政府信息公开平台", "url": "xxgk.bazhou.gov.cn", "today": "2020-11-17", "nav": NAV_PLAT,
        "crumb": ["首页", "政府信息公开年报", "乡镇年报"], "left": ("政府信息公开", ["政府信息公开指南", "政府信息公开制度", "法定主动公开内容", "政府信息公开年报", "依申请公开"], "政府信息公开年报"),
        "grid": grid("000013842/2020-00034", "康仙庄乡人民政府", "2020年01月21日", "2020年01月22日", "", "综合政务"),
        "title": "康仙庄乡2019年政府信息公开工作年度报告",
        "paras": ["本报告依据《中华人民共和国政府信息公开条例》编制，统计期限自2019年1月1日起至2019年12月31日止。", "一、总体情况",
                  "2019年，我乡主动公开政府信息96条，依申请公开0件，未发生行政复议和行政诉讼。", "二、主动公开政府信息情况（见下表）"]}),
        "monitor", w=1600, h=1200, q=60, rot=-1.0, tilt=5)
    L("康仙庄乡/年报截图.jpg", "5.3", "2020-01-22", "screenshot",
      "手机翻拍屏幕上的信息公开平台年报页：网格成文日期01-21 ≠ 发布日期01-22，取发布日期", trap="翻拍屏幕；信息公开网格 发布日期≠成文日期")

    # ---- 5.4 文件移交 ---------------------------------------------------------------------------------
    rows = [["霸州市档案馆政府公开信息接收登记簿（2020年）"], ["填表日期：2020年10月30日", "", "", "", "填表人：马丽娜"],
            ["序号", "移交单位", "文件名称", "件数", "接收日期", "接收人"]]
    for i, (a, b, c, dd) in enumerate([("市人民政府办公室", "霸政办〔2020〕1-30号公开文件", 30, "2020-07-06"), ("市财政局", "2020年预算公开文件", 6, "2020-07-09"),
                                       ("市住房和城乡建设局", "老旧小区改造公示等", 8, "2020-08-12"), ("市教育和体育局", "招生入学方案等", 5, "2020-08-20"),
                                       ("王庄子乡", "乡政府公开文件", 12, "2020-09-22"), ("市民政局", "养老服务政策文件", 4, "2020-10-15")]):
        rows.append([i + 1, a, b, c, D(dd), "马丽娜"])
    xlsx(o, "档案馆/政府公开信息接收登记簿.xlsx", "2020", rows, "接收登记簿", widths=[6, 22, 32, 8, 14, 10], created="2020-10-30T08:00:00Z")
    L("档案馆/政府公开信息接收登记簿.xlsx", "5.4", "2020-10-30", "document", "xlsx登记簿：填表日期 2020年10月30日；各行接收日期为Excel日期序列值", trap="台账日期序列值")

    h.photo("王庄子乡/IMG_1184.JPG", doc_image({
        "title": "政府信息公开文件资料移交清单",
        "paras": ['<p class="n">移交单位：王庄子乡人民政府　　　接收单位：霸州市档案馆（政府信息公开查阅点）</p>',
                  '<table><tr><th>序号</th><th>文件名称</th><th>文号</th><th>份数</th></tr><tr><td>1</td><td>王庄子乡2019年政府信息公开工作年度报告</td><td>—</td><td>2</td></tr>'
                  '<tr><td>2</td><td>王庄子乡政府信息公开指南（2020年版）</td><td>—</td><td>2</td></tr><tr><td>3</td><td>关于调整乡政务公开领导小组的通知</td><td>王政〔2020〕6号</td><td>2</td></tr>'
                  '<tr><td>4</td><td>王庄子乡基层政务公开标准目录</td><td>—</td><td>2</td></tr><tr><td>…</td><td>（共12件）</td><td></td><td>24</td></tr></table>'],
        "sign": ['移交人：<span class="hw">郭志强</span>　　接收人：<span class="hw">马丽娜</span>', '移交日期：<span class="hw">2020年9月22日</span>']},
        paper="#fbfaf3"), "paper", w=1200, h=1600, q=64, rot=1.6, tilt=6)
    L("王庄子乡/IMG_1184.JPG", "5.4", "2020-09-22", "document", "手机拍摄签字的纸质移交清单：手写体移交日期 2020年9月22日；王政〔2020〕6号为干扰", trap="纸件照片；手写日期")

    docx(o, "东段乡/信息公开文件移交单.docx", "政府信息公开文件移交单", [
        ("t", "政府信息公开文件移交单"), ("n", "移交单位：东段乡人民政府"), ("n", "接收单位：霸州市档案馆"),
        ("tbl", [["序号", "文件名称", "份数"], ["1", "东段乡2019年政府信息公开工作年度报告", "2"], ["2", "东段乡政府信息公开指南", "2"],
                 ["3", "东段乡2020年扶贫项目资金公告公示汇编", "2"], ["4", "东段乡基层政务公开标准目录", "2"]]),
        ("n", "移交人：　　　　　　接收人："), ("n", "移交日期：　　　年　　月　　日")], created="2020-11-18T02:44:00Z")
    L("东段乡/信息公开文件移交单.docx", "5.4", None, "document",
      "docx移交单：移交日期一栏留空→null；OOXML创建时间 2020-11-18 在收集期内为诱饵", trap="日期栏留空（null）")

    # ---- 6.1 申请渠道 ---------------------------------------------------------------------------------
    inp = '<span class="in"></span>'
    h.shot("政务公开办/依申请公开-在线申请.png", portal({
        "w": 1920, "style": "plat", "site": "霸州市政府信息公开平台", "url": "xxgk.bazhou.gov.cn", "today": "2020-11-19", "nav": NAV_PLAT,
        "crumb": ["首页", "依申请公开", "在线申请"], "left": ("依申请公开", ["申请须知", "在线申请", "信函申请", "当面申请", "申请查询", "申请表下载"], "在线申请"),
        "title": "政府信息公开在线申请",
        "box": ["申请人可通过在线申请、信函申请（邮寄至霸州市迎宾大厦715室 市政务公开办，邮编065700）、当面申请（市民服务中心一楼综合窗口）三种方式提出申请。受理电话：0316-7225576。"],
        "form": [("申请人类型", "◉ 公民　○ 法人或者其他组织"), ("姓名", inp), ("证件类型", "身份证"), ("证件号码", inp), ("联系电话", inp), ("通信地址", inp),
                 ("所需信息内容描述", '<span class="in" style="height:80px"></span>'), ("获取信息方式", "○ 纸质　◉ 电子邮件　○ 光盘　○ 当场阅读"), ("验证码", inp)]}))
    L("政务公开办/依申请公开-在线申请.png", "6.1", None, "screenshot", "信息公开平台在线申请表单页（1920宽）：无发布日期→null；今天是栏为干扰", trap="栏目页（null）")

    h.photo("政务公开办/IMG_5521.JPG", doc_image({
        "title": "霸州市政府信息公开申请表",
        "paras": ['<table><tr><td rowspan="4">申请人信息</td><td>姓名/名称</td><td></td><td>证件号码</td><td></td></tr><tr><td>联系电话</td><td></td><td>邮政编码</td><td></td></tr>'
                  '<tr><td>通信地址</td><td colspan="3"></td></tr><tr><td>电子邮箱</td><td colspan="3"></td></tr>'
                  '<tr><td rowspan="3">所需信息</td><td>内容描述</td><td colspan="3" style="height:120px"></td></tr><tr><td>用途（选填）</td><td colspan="3"></td></tr>'
                  '<tr><td>获取方式</td><td colspan="3">□纸质 □电子邮件 □光盘 □当场阅读</td></tr><tr><td colspan="2">申请人签名</td><td></td><td>申请日期</td><td>　年　月　日</td></tr></table>',
                  "受理机关：霸州市政务公开办公室（迎宾大厦715室）　电话：0316-7225576", "本表可在市民服务中心综合窗口领取，也可在霸州市政府信息公开平台下载。"]},
        paper="#fcfcfa"), "paper", w=1200, h=1600, q=66, rot=-1.2, tilt=10)
    L("政务公开办/IMG_5521.JPG", "6.1", None, "document", "手机拍摄窗口放置的空白申请表（当面/信函申请渠道）：无日期→null", trap="空白表格（null）")

    # ---- 6.2 答复情况 ---------------------------------------------------------------------------------
    h.scan("自然资源和规划局/扫描件-答复书.pdf", {
        "no": "霸自然资依复〔2020〕14号", "title": "政府信息公开申请答复书", "to": "周某某：",
        "paras": ["你于2020年8月3日通过霸州市政府信息公开平台提出的政府信息公开申请收悉，本机关于当日予以登记。你申请获取“霸州市胜芳镇东张务村2019年集体土地征收的征地批复文件及补偿安置方案”。",
                  "经审查，现答复如下：你申请获取的征地批复文件（冀政转征函〔2019〕318号）及征地补偿安置方案属于公开范围，现以电子邮件方式提供给你（见附件）。",
                  "如对本答复不服，可以自收到本答复书之日起六十日内向霸州市人民政府申请行政复议，或者在六个月内向霸州市人民法院提起行政诉讼。"],
        "sign": ["霸州市自然资源和规划局", "二〇二〇年八月二十日"], "seal": "霸州市自然资源和规划局", "seal_at": (36, -50),
        "after": ["附件：1.征地批复文件（扫描件）　2.征地补偿安置方案"]}, dpi=150, grey=False, skew=1.1, q=62, producer="Canon iR-ADV C5535 PDF", when="2020-11-17 08:58")
    L("自然资源和规划局/扫描件-答复书.pdf", "6.2", "2020-08-20", "document",
      "彩色扫描答复书（150dpi无文字层）：先引用申请日期8月3日，落款中文数字 二〇二〇年八月二十日 被章压；题材征地而体裁为依申请答复→6.2", trap="题材≠体裁；答复书引用申请日期；红章压中文日期")

    rows = [["霸州市人力资源和社会保障局政府信息公开申请受理登记台账"], ["填表日期：2020年11月11日", "", "", "", "", "填表人：田甜"],
            ["序号", "申请日期", "申请人", "申请内容", "答复日期", "答复类型"]]
    for i, (a, b, c, dd, e) in enumerate([("2020-03-16", "赵某", "2019年度企业职工养老保险缴费基数", "2020-03-27", "予以公开"),
                                           ("2020-05-08", "孙某某", "某公司工伤认定决定书", "2020-05-29", "不予公开（涉及个人隐私）"),
                                           ("2020-07-13", "某某律师事务所", "2020年就业见习补贴发放名单", "2020-07-24", "部分公开"),
                                           ("2020-09-01", "钱某", "劳动保障监察投诉处理结果", "2020-09-28", "信息不存在"),
                                           ("2020-10-19", "李某", "2020年事业单位公开招聘成绩", "2020-10-30", "予以公开")]):
        rows.append([i + 1, D(a), b, c, D(dd), e])
    xlsx(o, "人社局/依申请公开受理登记台账.xlsx", "登记台账", rows, "依申请公开登记台账", widths=[6, 14, 16, 36, 14, 24], created="2020-11-11T03:10:00Z")
    L("人社局/依申请公开受理登记台账.xlsx", "6.2", "2020-11-11", "document", "xlsx台账：填表日期 2020年11月11日；申请/答复日期为Excel日期序列值", trap="台账日期序列值")

    # ---- 6.3 复议诉讼 ---------------------------------------------------------------------------------
    rows = [["2020年政府信息公开行政复议、行政诉讼情况统计表"], ["填报单位：霸州市司法局", "", "", "填报日期：2020年11月6日"],
            ["类别", "收到件数", "结果维持", "结果纠正", "其他结果", "尚未审结"],
            ["行政复议", 3, 2, 0, 1, 0], ["行政诉讼（未经复议直接起诉）", 1, 1, 0, 0, 0], ["行政诉讼（复议后起诉）", 0, 0, 0, 0, 0],
            ["群众投诉举报", 2, "", "", "", ""], ["说明：2020年1月1日至10月31日，无行政行为被撤销或确认违法情形，无败诉案件。"]]
    xlsx(o, "司法局/信息公开行政复议诉讼情况统计表.xlsx", "统计表", rows, "复议诉讼统计", widths=[30, 10, 10, 10, 10, 10], created="2020-11-06T07:25:00Z")
    L("司法局/信息公开行政复议诉讼情况统计表.xlsx", "6.3", "2020-11-06", "document", "xlsx统计表：填报日期 2020年11月6日；统计期为干扰")

    h.scan("司法局/行政复议决定书.pdf", {
        "red": "霸州市人民政府", "no": "霸政复决字〔2020〕11号", "title": "行政复议决定书",
        "paras": ['<p class="n">申请人：吴某某，男，1968年3月出生，住霸州市南孟镇。</p>', '<p class="n">被申请人：霸州市某某局。</p>',
                  "申请人不服被申请人于2020年6月22日作出的《政府信息公开申请答复书》，于2020年7月10日向本机关申请行政复议，本机关依法予以受理。",
                  "经审理查明：申请人申请公开的信息，被申请人已在法定期限内作出答复，告知申请人该信息不存在，并说明了理由，答复内容、程序符合《中华人民共和国政府信息公开条例》规定。",
                  "根据《中华人民共和国行政复议法》第二十八条第一款第一项之规定，本机关决定：维持被申请人作出的政府信息公开申请答复。",
                  "申请人如不服本决定，可以自收到本决定书之日起十五日内向霸州市人民法院提起行政诉讼。"],
        "sign": ["霸州市人民政府", "二〇二〇年九月十日"], "seal": "霸州市人民政府", "seal_at": (46, -44)},
        dpi=200, grey=True, skew=-.8, q=52, producer="HP LaserJet MFP M436 Scan", when="2020-11-18 16:05")
    L("司法局/行政复议决定书.pdf", "6.3", "2020-09-10", "document",
      "灰度扫描复议决定书（200dpi无文字层）：落款中文数字 二〇二〇年九月十日 被章压住；答复日期6月22日、申请复议7月10日为干扰", trap="灰度扫描章压日期")

    # ---- zip：堂二里镇 03-目录编制 ---------------------------------------------------------------------
    rows = [["堂二里镇基层政务公开标准目录"], ["编制单位：堂二里镇人民政府", "", "", "编制日期：2020年10月22日"],
            ["序号", "公开事项", "公开内容", "公开时限", "公开渠道"]]
    for i, (a, b, c, e) in enumerate(TOWN_MODS):
        rows.append([i + 1, a, b, c, e])
    xlsx(o, ZIP + "03-目录编制/堂二里镇基层政务公开标准目录.xlsx", "目录", rows, "堂二里镇基层政务公开标准目录", widths=[6, 22, 34, 24, 22], created="2020-10-22T06:00:00Z")
    L(ZIP + "03-目录编制/堂二里镇基层政务公开标准目录.xlsx", "3.2", "2020-10-22", "document", "zip内xlsx目录：编制日期 2020年10月22日")

    h.shot(ZIP + "03-目录编制/村务公开推文截图.jpg", phone(
        "wechat", w=1080, clock="11:06", title="堂二里镇38个村村务公开事项目录全部上墙", account="堂二里发布", byline="2020年10月24日", light=True,
        c1="#9ccf7b", c2="#4c9a2a", pic="村务公开栏",
        paras=["连日来，堂二里镇对照村务公开事项标准目录，完成全镇38个村村务公开栏更新，党务、村务、财务、惠民政策四类事项全部上墙。",
               "镇纪委、村务监督委员会将每月对公开情况进行检查，确保公开内容真实、及时、完整。"], q=60))
    L(ZIP + "03-目录编制/村务公开推文截图.jpg", "3.2", "2020-10-24", "screenshot", "zip内公众号文章截图（1080宽）：浅灰署名 2020年10月24日", trap="浅灰署名")

    # ---- 7.1.1 督办卡 ---------------------------------------------------------------------------------
    docx(o, "融媒体中心/关于政府网站督办卡问题整改情况的报告.docx", "关于政府网站督办卡问题整改情况的报告", [
        ("t", "关于政府网站督办卡问题整改情况的报告"), ("n", "市政府办公室："),
        ("p", "2020年6月16日，我市收到廊坊市人民政府办公室政府网站督办卡（廊政网督〔2020〕08号），指出我市政府门户网站“政策解读”栏目超过6个月未更新、部分链接不可用等问题。收到督办卡后，我中心立即组织整改，现将整改情况报告如下："),
        ("p", "一、对“政策解读”栏目补充发布解读材料7篇，建立栏目更新责任清单。"), ("p", "二、对全站12.6万个链接进行检测，修复错链、断链43个。"),
        ("p", "三、建立每日巡检、每周通报制度，防止问题反弹。"), ("p", "目前，督办卡所列问题已全部整改到位。"),
        ("r", "霸州市融媒体中心"), ("r", "2020年6月23日")], created="2020-11-17T01:30:00Z")
    L("融媒体中心/关于政府网站督办卡问题整改情况的报告.docx", "7.1.1", "2020-06-23", "document",
      "docx整改报告：落款 2020年6月23日；督办卡6月16日、创建时间11-17为干扰")

    h.photo("融媒体中心/督办卡.jpg", doc_image({
        "title": "廊坊市政府网站督办卡", "subtitle": "廊政网督〔2020〕08号",
        "paras": ['<table><tr><td>被督办单位</td><td>霸州市人民政府办公室</td></tr><tr><td>网站名称</td><td>霸州市人民政府（www.bazhou.gov.cn）</td></tr>'
                  '<tr><td>存在问题</td><td style="text-align:left">1.“政策解读”栏目超过6个月未更新；2.首页“互动交流”部分链接不可用；3.个别页面存在错别字。</td></tr>'
                  '<tr><td>整改要求</td><td style="text-align:left">请于收到本督办卡之日起5个工作日内完成整改，并将整改报告报廊坊市政务公开办。</td></tr></table>'],
        "sign": ["廊坊市人民政府办公室", "2020年6月16日"], "seal": "廊坊市人民政府办公室", "seal_at": (30, -46)}, paper="#fdfdf9"),
        "paper", w=1200, h=1600, q=64, rot=2.4, tilt=7)
    L("融媒体中心/督办卡.jpg", "7.1.1", "2020-06-16", "document", "手机拍摄纸质督办卡：落款 2020年6月16日（红章部分压住）；5个工作日期限为干扰", trap="纸件照片；红章")

    # ---- 7.1.2 内容保障（留言办理） -------------------------------------------------------------------
    rows = [["霸州市人民政府门户网站留言办理情况统计表（2020年1—10月）"], ["统计日期：2020年11月5日"],
            ["月份", "收到留言", "按期办结", "超期办结", "未办结", "按期办结率"]]
    for m, a, b, c in [(1, 86, 84, 2), (2, 142, 139, 3), (3, 118, 117, 1), (4, 97, 96, 1), (5, 104, 103, 1), (6, 121, 118, 3),
                       (7, 133, 131, 2), (8, 115, 115, 0), (9, 109, 108, 1), (10, 96, 95, 0)]:
        rows.append([f"{m}月", a, b, c, a - b - c, round(b / a, 4)])
    xlsx(o, "融媒体中心/门户网站留言办理统计.xlsx", "统计", rows, "留言办理统计", widths=[10, 12, 12, 12, 10, 12], created="2020-11-05T02:00:00Z")
    L("融媒体中心/门户网站留言办理统计.xlsx", "7.1.2", "2020-11-05", "document", "xlsx统计：统计日期 2020年11月5日")

    h.shot("融媒体中心/9月份网站留言办理情况通报.png", portal({
        "site": "霸州市人民政府", "today": "2020-11-18", "crumb": ["首页", "互动交流", "办理通报"],
        "title": "关于2020年9月份市政府门户网站留言办理情况的通报", "meta": ["发布时间：2020-10-09", "来源：霸州市融媒体中心", "点击数：208"],
        "paras": ["9月份，市政府门户网站“市长信箱”“网上咨询”栏目共收到网民留言109件，已按期办结108件，按期办结率99.1%。",
                  "市住房和城乡建设局、市教育和体育局、胜芳镇留言量居前三位，主要涉及物业管理、学位分配、道路维修等问题。",
                  "市自然资源和规划局1件留言超期办结（9月24日办结，超期2个工作日），予以通报提醒。"],
        "frame": {"url": "www.bazhou.gov.cn/hdjl/bltb/202010/t20201009_88412.html", "time": "10:03", "date": "2020/11/18"}}))
    L("融媒体中心/9月份网站留言办理情况通报.png", "7.1.2", "2020-10-09", "screenshot",
      "浏览器窗口截图：发布时间 2020-10-09；任务栏时钟2020/11/18、今天是栏、正文9月24日为干扰", trap="任务栏时钟")

    # ---- 7.1.3 纠错留言 ---------------------------------------------------------------------------------
    h.photo("融媒体中心/IMG_20201117_084455.jpg", portal({
        "site": "霸州市人民政府", "today": "2020-11-17", "crumb": ["首页", "互动交流", "我为政府网站找错"],
        "title": "“政务服务”栏目办事指南链接打不开", "meta": None,
        "paras": ['<table><tr><th style="width:120px">留言人</th><td>网友137****6621</td><th style="width:120px">留言时间</th><td>2020-09-15 21:14</td></tr>'
                  '<tr><th>问题描述</th><td colspan="3" style="text-align:left">首页“政务服务—办事指南”中“食品经营许可”链接打开显示404。</td></tr>'
                  '<tr><th>处理状态</th><td>已办结</td><th>答复时间</th><td>2020-09-17 10:36</td></tr>'
                  '<tr><th>答复内容</th><td colspan="3" style="text-align:left">感谢您的留言。经核查，因事项库迁移导致链接失效，现已修复，欢迎继续监督。霸州市融媒体中心</td></tr></table>']}),
        "monitor", w=1600, h=1200, q=64, rot=-2.0, tilt=4)
    L("融媒体中心/IMG_20201117_084455.jpg", "7.1.3", "2020-09-17", "screenshot",
      "手机翻拍屏幕：纠错留言页，无发布时间，取答复时间 2020-09-17（留言时间09-15为干扰）", trap="翻拍屏幕；答复时间")

    # ---- 7.1.4 域名 ---------------------------------------------------------------------------------
    h.scan("融媒体中心/网站域名清理整改报告.pdf", {
        "red": "霸州市融媒体中心", "no": "霸融〔2020〕21号", "title": "关于不规范政府网站域名清理整改情况的报告", "to": "市政府办公室：",
        "paras": ["根据《关于开展政府网站域名规范清理工作的通知》要求，我中心对全市政府网站域名进行了全面排查，现将整改情况报告如下：",
                  "一、排查情况。全市共有政府网站1个（霸州市人民政府门户网站），部门、乡镇子站23个。排查发现使用非gov.cn域名的子站4个，一站多域名2个。",
                  "二、整改情况。4个非规范域名子站已全部迁移至www.bazhou.gov.cn二级目录，原域名已注销；一站多域名问题已完成清理。",
                  "三、长效机制。今后新建栏目一律使用规范域名，不再单独申请域名。"],
        "sign": ["霸州市融媒体中心", "二〇二〇年八月十四日"], "seal": "霸州市融媒体中心", "seal_at": (52, -40)},
        dpi=200, grey=False, skew=.7, q=50, producer="Canon iR-ADV C5535 PDF", when="2020-11-16 16:48")
    L("融媒体中心/网站域名清理整改报告.pdf", "7.1.4", "2020-08-14", "document",
      "彩色扫描报告（200dpi无文字层）：落款中文数字 二〇二〇年八月十四日 被章压住", trap="红章压中文日期")

    write_text(o.path("01-政府办/网站域名整改情况说明.txt"), [
        "关于我市政府网站域名规范情况的说明", "",
        "廊坊市政务公开办：",
        "　　按照政府网站域名规范要求，我市已完成不规范政府网站域名的清理整改。原“霸州教育”“霸州人社”“霸州住建”“霸州文旅”4个子站独立域名已注销，内容统一迁移至霸州市人民政府门户网站（www.bazhou.gov.cn）。",
        "　　经8月10日复查，全市政府网站均使用gov.cn规范域名，未发现新增不规范域名。", "",
        "　　　　　　　　　　　　　　　　霸州市人民政府办公室", "　　　　　　　　　　　　　　　　　2020年8月12日"], enc="utf-8", bom=True)
    L("01-政府办/网站域名整改情况说明.txt", "7.1.4", "2020-08-12", "document",
      "错放单位：域名规范（责任单位市融媒体中心）由政府办报送；UTF-8带BOM纯文本，落款 2020年8月12日；复查8月10日为干扰")

    # ---- 7.1.5 读网 ---------------------------------------------------------------------------------
    rows = [["霸州市政府网站日常读网检查记录表（2020年11月）"], ["填表日期：2020年11月16日", "", "", "", "检查人：许文博"],
            ["检查日期", "检查栏目", "发现问题", "整改措施", "整改完成日期", "复核人"]]
    for a, b, c, dd, e in [("2020-11-02", "首页要闻", "1篇稿件错字", "已更正", "2020-11-02"), ("2020-11-04", "政策解读", "无问题", "—", ""),
                           ("2020-11-06", "政务服务", "2个链接失效", "已修复", "2020-11-06"), ("2020-11-09", "通知公告", "附件无法下载", "重新上传", "2020-11-10"),
                           ("2020-11-11", "互动交流", "无问题", "—", ""), ("2020-11-13", "信息公开平台", "1个栏目超2周未更新", "已督促更新", "2020-11-13")]:
        rows.append([D(a), b, c, dd, D(e) if e else "", "孟宪宇"])
    xlsx(o, "融媒体中心/读网检查记录表（11月）.xlsx", "11月", rows, "读网检查记录", widths=[14, 16, 22, 14, 14, 10], created="2020-11-16T08:10:00Z")
    L("融媒体中心/读网检查记录表（11月）.xlsx", "7.1.5", "2020-11-16", "document", "xlsx记录表：填表日期 2020年11月16日；检查日期为Excel日期序列值", trap="台账日期序列值")

    h.photo("融媒体中心/IMG_2207.JPG", doc_image({
        "title": "政府网站读网检查及整改记录（10月）",
        "paras": ['<table><tr><th>日期</th><th>检查内容</th><th>发现问题</th><th>整改情况</th><th>签字</th></tr>'
                  '<tr><td>10.8</td><td>首页、要闻</td><td>无</td><td>—</td><td><span class="hw">许文博</span></td></tr>'
                  '<tr><td>10.15</td><td>政务公开栏目</td><td>1个空白栏目</td><td>已补充内容</td><td><span class="hw">许文博</span></td></tr>'
                  '<tr><td>10.22</td><td>互动交流</td><td>留言超期1件</td><td>已督办</td><td><span class="hw">孟宪宇</span></td></tr>'
                  '<tr><td>10.29</td><td>全站链接</td><td>断链3处</td><td>已修复</td><td><span class="hw">孟宪宇</span></td></tr></table>'],
        "sign": ['负责人：<span class="hw">刘振东</span>', '<span class="hw">2020.10.30</span>']}, paper="#fbfaf4"), "paper", w=1200, h=1600, q=60, rot=-2.8, tilt=9)
    L("融媒体中心/IMG_2207.JPG", "7.1.5", "2020-10-30", "document",
      "手机拍摄签字纸质记录：落款手写 2020.10.30（点分隔）；表内月日无年份为干扰", trap="纸件照片；手写日期")

    # ---- 7.1.6 平台改版 -------------------------------------------------------------------------------
    h.shot("政务公开办/信息公开平台首页.png", portal({
        "w": 1920, "style": "plat", "site": "霸州市政府信息公开平台", "url": "xxgk.bazhou.gov.cn", "today": "2020-11-19", "nav": NAV_PLAT,
        "crumb": ["首页"], "title": "霸州市政府信息公开平台",
        "box": ["本平台按照《中华人民共和国政府信息公开条例》要求设置政府信息公开指南、政府信息公开制度、法定主动公开内容、政府信息公开年报四个栏目。"],
        "tiles": ["政府信息公开指南", "政府信息公开制度", "法定主动公开内容", "政府信息公开年报", "依申请公开", "政策解读", "部门信息公开", "乡镇信息公开"],
        "listing2": [("关于公布我市新冠病毒核酸检测采样点的公告", "2020-10-13"), ("霸州市26个试点领域政务公开事项标准目录", "2020-10-30"),
                     ("关于政府信息公开平台改版上线的公告", "2020-09-29"), ("霸州市2020年政府债务限额及余额情况", "2020-09-08")]}))
    L("政务公开办/信息公开平台首页.png", "7.1.6", None, "screenshot", "改版后信息公开平台首页（1920宽）：列表有多条日期，首页无自己的日期→null", trap="平台首页（null）")

    h.shot("政务公开办/平台改版上线通知.jpg", phone(
        "wechat", w=1080, clock="8:15", title="霸州市政府信息公开平台改版升级上线啦！", account="霸州发布", byline="2020-09-29 18:30",
        c1="#e57c6e", c2="#b2261c", pic="信息公开平台 全新上线",
        paras=["按照省、市统一部署，霸州市政府信息公开平台完成改版升级，于9月28日正式上线运行。",
               "改版后的平台按照法定主动公开内容设置机构职能、法规文件、规划信息、财政信息、重点领域等栏目，同步开通部门和乡镇信息公开专栏，整合依申请公开在线办理功能。",
               "平台网址：xxgk.bazhou.gov.cn，欢迎广大群众访问并提出意见建议。"], q=62))
    L("政务公开办/平台改版上线通知.jpg", "7.1.6", "2020-09-29", "screenshot", "公众号文章手机截图（1080宽）：署名 2020-09-29 18:30；上线9月28日早于发布", trap="事件日期早于发布")

    # ---- 7.2.1 新媒体开设 -----------------------------------------------------------------------------
    rows = [["霸州市政务新媒体备案登记表"], ["填报单位：市委网信办、市政务公开办", "", "", "", "填报日期：2020年7月15日"],
            ["序号", "账号名称", "平台", "主办单位", "开设日期", "运维人员"]]
    for i, (a, b, c, dd, e) in enumerate([("霸州发布", "微信公众号", "市融媒体中心", "2014-06-18", "张雨"), ("霸州发布", "新浪微博", "市融媒体中心", "2013-03-01", "张雨"),
                                           ("霸州民政", "新浪微博", "市民政局", "2016-09-12", "李红梅"), ("霸州应急", "新浪微博", "市应急管理局", "2019-03-26", "冯凯"),
                                           ("健康霸州", "微信公众号", "市卫生健康局", "2015-11-30", "杨帆"), ("霸州教育", "微信公众号", "市教育和体育局", "2016-02-22", "王珊"),
                                           ("霸州司法", "微信公众号", "市司法局", "2017-05-04", "郝敏")]):
        rows.append([i + 1, a, b, c, D(dd), e])
    xlsx(o, "网信办/政务新媒体备案登记表.xlsx", "登记表", rows, "政务新媒体备案登记表", widths=[6, 14, 14, 20, 14, 10], created="2020-07-15T05:00:00Z")
    L("网信办/政务新媒体备案登记表.xlsx", "7.2.1", "2020-07-15", "document", "xlsx登记表：填报日期 2020年7月15日；开设日期为Excel日期序列值（早于2020年）", trap="台账日期序列值")

    h.shot("融媒体中心/微信图片_20201113094522.jpg", phone(
        "profile", w=1080, clock="9:45", c1="#e57c6e", c2="#b2261c", account="霸州发布", logo="霸州", intro="霸州市人民政府新闻办公室官方公众号",
        kv=[("微信号", "bazhoufabu"), ("账号主体", "霸州市融媒体中心"), ("服务类型", "订阅号"), ("认证", "政府认证"), ("客服电话", "0316-7225576")],
        days=[("置顶", ["霸州市政府信息公开平台改版升级上线啦！"]), ("", ["我市召开秋冬季大气污染防治推进会", "霸州这些地方的核酸检测采样点公布"])], q=66))
    L("融媒体中心/微信图片_20201113094522.jpg", "7.2.1", None, "screenshot",
      "错放单位：政务公众号开设（责任单位市政务公开办）由融媒体中心报送；公众号主页（资料页）截图无自己的日期→null；文件名日期 2020-11-13 为诱饵", trap="只有文件名日期（null）")

    # ---- 7.2.2 内容更新 ---------------------------------------------------------------------------------
    h.shot("政务公开办/霸州发布历史消息.png", phone(
        "history", w=414, clock="16:42", c1="#e57c6e", c2="#b2261c", account="霸州发布", logo="霸州", intro="霸州市人民政府新闻办公室官方公众号",
        days=[("2020年11月18日", ["霸州这些地方供暖管网完成改造", "秋冬季防火提示"]), ("2020年11月16日", ["我市召开秋冬季大气污染防治推进会"]),
              ("2020年11月13日", ["第三届霸州温泉文化节开幕", "就业服务进社区活动举行"]), ("2020年11月11日", ["关于调整部分公交线路的通告"]),
              ("2020年11月9日", ["全市消防安全大检查启动"])]))
    L("政务公开办/霸州发布历史消息.png", "7.2.2", None, "screenshot", "公众号历史消息列表：多个日期分组，无本页日期→null", trap="账号时间线（null）")

    rows = [["霸州市政务新媒体内容更新情况监测表"], ["监测日期：2020年11月13日", "", "", "监测人：张雨"],
            ["账号名称", "平台", "最近更新日期", "近两周更新条数", "是否正常"]]
    for a, b, c, dd, e in [("霸州发布", "微信", "2020-11-13", 26, "是"), ("霸州发布", "微博", "2020-11-13", 41, "是"), ("霸州民政", "微博", "2020-11-10", 6, "是"),
                           ("霸州应急", "微博", "2020-11-12", 9, "是"), ("健康霸州", "微信", "2020-11-11", 7, "是"), ("霸州教育", "微信", "2020-11-06", 4, "是"),
                           ("霸州司法", "微信", "2020-10-26", 0, "否（已督促）")]:
        rows.append([a, b, D(c), dd, e])
    xlsx(o, "政务公开办/政务新媒体更新情况监测表.xlsx", "监测", rows, "更新情况监测", widths=[14, 10, 14, 14, 14], created="2020-11-13T09:00:00Z")
    L("政务公开办/政务新媒体更新情况监测表.xlsx", "7.2.2", "2020-11-13", "document", "xlsx监测表：监测日期 2020年11月13日；最近更新日期为Excel日期序列值", trap="台账日期序列值")

    # ---- 7.2.3 安全与互动 -------------------------------------------------------------------------------
    docx(o, "融媒体中心/政务新媒体安全自查报告.docx", "霸州市政务新媒体安全管理自查报告", [
        ("t", "霸州市政务新媒体安全管理自查报告"),
        ("p", "按照《关于进一步规范政务新媒体健康有序发展的通知》要求，我中心会同市委网信办对全市7个政务新媒体账号开展了安全管理自查。"),
        ("p", "一、信息发布审核。各账号均落实“三审三校”制度，2020年以来未发生严重表述错误、泄露国家秘密等问题。"),
        ("p", "二、账号安全。各账号已更换高强度密码，绑定单位专用手机，明确专人管理。"), ("p", "三、互动回应。未发现购买“粉丝”、强制点赞等弄虚作假行为，网民留言均在3个工作日内回应。"),
        ("p", "四、下一步措施。每季度开展一次安全检查，重大节点实行24小时值守。"), ("r", "霸州市融媒体中心"), ("r", "2020年10月20日")], created="2020-10-21T00:40:00Z")
    L("融媒体中心/政务新媒体安全自查报告.docx", "7.2.3", "2020-10-20", "document", "docx自查报告：落款 2020年10月20日")

    h.photo("政务公开办/三审三校制度上墙.jpg", doc_image({
        "title": "霸州市政务新媒体信息发布“三审三校”制度",
        "paras": ["一、一审：稿件编辑对信息内容的真实性、准确性进行初审，并完成一校。", "二、二审：部门负责人对信息的政治性、政策性进行复审，并完成二校。",
                  "三、三审：分管领导对拟发布信息进行终审，并完成三校，经签字确认后方可发布。",
                  "四、涉及重大政策、突发事件的信息，须报市委网信办、市政务公开办审核。", "五、发现错误信息须在1小时内撤回更正，并报告主管部门。"]},
        paper="#f7f3e6", pad_bottom=-280), "board", w=1600, h=1200, q=62, rot=.8, tilt=3)
    L("政务公开办/三审三校制度上墙.jpg", "7.2.3", None, "document", "手机拍摄办公室墙上的制度牌：无任何日期→null", trap="无日期照片（null）")

    # ---- 7.3 政府公报 -----------------------------------------------------------------------------------
    h.pdf("政务公开办/霸州市人民政府公报2020年第2期.pdf", html_doc("霸州市人民政府公报", doc_css() + """@page{size:A4;margin:0}.paper{width:210mm}
.mast{text-align:center;color:#c8141e;font-size:46px;letter-spacing:10px;margin:20px 0 8px;font-weight:bold}.iss{text-align:center;font-size:17px;margin-bottom:6px}
.toc p{text-indent:0;font-size:17px;line-height:2}""",
        '<div class="paper"><div class="mast">霸州市人民政府公报</div><div class="iss">2020年第2期（总第14期）</div>'
        '<div class="iss">霸州市人民政府办公室编印　　2020年6月30日出版</div><div class="rr"></div><h1>目　录</h1><div class="toc">'
        '<p>【市政府文件】</p><p>霸州市人民政府关于印发霸州市养老服务体系建设实施意见的通知（霸政〔2020〕9号）……………………2</p>'
        '<p>【市政府办公室文件】</p><p>霸州市人民政府办公室关于印发霸州市城区机动车停车管理办法的通知（霸政办〔2020〕27号）……………………7</p>'
        '<p>霸州市人民政府办公室关于印发霸州市政府信息公开申请办理工作规范的通知（霸政办字〔2020〕19号）……………………12</p>'
        '<p>【人事任免】</p><p>霸州市人民政府关于王某某等同志职务任免的通知……………………15</p></div>'
        '<h1>霸州市人民政府关于印发霸州市养老服务体系建设实施意见的通知</h1><p class="c">霸政〔2020〕9号</p><p class="n">各乡镇人民政府，市政府各部门：</p>'
        '<p>现将《霸州市养老服务体系建设实施意见》印发给你们，请认真贯彻执行。</p><p>到2022年，全市建成以居家为基础、社区为依托、机构为补充、医养相结合的养老服务体系，每千名老年人拥有养老床位不少于35张，农村幸福院覆盖率达到80%。</p>'
        '<div class="sig"><p class="r">霸州市人民政府</p><p class="r">2020年5月19日</p></div></div>'), collected="20201116113020")
    L("政务公开办/霸州市人民政府公报2020年第2期.pdf", "7.3", "2020-06-30", "document",
      "文字版PDF政府公报：取本期出版日期 2020年6月30日；刊登的养老文件落款5月19日为干扰（题材养老而体裁为公报→7.3）", trap="公报内含文件；题材≠体裁")

    cover = html_doc("公报封面", doc_css("#fbf8f0") + """body{width:794px}
.mast{text-align:center;color:#c8141e;font-size:58px;letter-spacing:12px;margin:150px 0 30px;font-weight:bold}.iss{text-align:center;font-size:22px;margin:12px 0}
.band{height:16px;background:#c8141e;margin:60px 0}""",
        '<div class="paper" style="min-height:1123px"><div class="mast">霸州市人民政府<br>公　报</div><div class="band"></div>'
        '<div class="iss">2020年第3期（总第15期）</div><div class="iss">霸州市人民政府办公室　编印</div><div class="iss" style="margin-top:420px">2020年9月30日出版</div>'
        '<div class="iss" style="font-size:15px">内部资料　免费赠阅　准印证号：廊内资准字（2020）第018号</div></div>')
    h.photo("政务公开办/公报第3期封面.jpg", (cover, (794, 1123, 92)),
        "paper", w=1200, h=1600, q=66, rot=-4.0, tilt=8)
    L("政务公开办/公报第3期封面.jpg", "7.3", "2020-09-30", "document", "手机拍摄纸质公报封面：出版日期 2020年9月30日；准印证年份为干扰", trap="纸件照片")

    # ---- 8.1 组织领导 -------------------------------------------------------------------------------------
    h.scan("01-政府办/领导小组调整通知.pdf", {
        "red": "霸州市人民政府办公室", "no": "霸政办字〔2020〕8号", "title": "霸州市人民政府办公室关于调整霸州市政务公开工作领导小组的通知",
        "to": "各乡镇人民政府，市政府各部门：",
        "paras": ["因人事变动，经市政府同意，现对霸州市政务公开工作领导小组成员调整如下：", "组　长：高志远　市委副书记、市长",
                  "副组长：刘建华　市政府常务副市长（分管政务公开工作）", "　　　　杨立新　市政府办公室主任",
                  "成　员：市财政局、市司法局、市行政审批局、市融媒体中心等单位主要负责同志。",
                  "领导小组办公室设在市政府办公室，负责日常工作，办公室主任由杨立新同志兼任。领导小组每年至少召开一次会议，听取政务公开工作汇报，研究部署推进工作。"],
        "sign": ["霸州市人民政府办公室", "二〇二〇年三月二十六日"], "seal": "霸州市人民政府办公室", "seal_at": (40, -52),
        "after": ["（此件公开发布）"]}, dpi=150, grey=False, skew=-1.2, q=58, producer="RICOH MP C3004 PDF", when="2020-11-17 09:26")
    L("01-政府办/领导小组调整通知.pdf", "8.1", "2020-03-26", "document",
      "彩色扫描红头通知（150dpi无文字层）：落款中文数字 二〇二〇年三月二十六日 被章压", trap="红章压中文日期")

    h.shot("01-政府办/市政府常务会议听取政务公开工作汇报.png", portal({
        "w": 1920, "site": "霸州市人民政府", "today": "2020-11-17", "crumb": ["首页", "要闻动态", "政务要闻"],
        "title": "市政府召开第十八次常务会议", "meta": ["2020-08-21 17:42", "来源：霸州市人民政府办公室"], "meta_colour": "#b0b0b0",
        "paras": ["8月19日，市长高志远主持召开市政府第十八次常务会议，听取全市政务公开工作情况汇报，研究部署下一阶段重点工作。",
                  "会议指出，今年以来全市政务公开工作取得明显成效，基层政务公开标准化规范化建设稳步推进。会议要求，各单位要对照廊坊市考核指标逐项查漏补缺，"
                  "9月底前完成政府信息公开平台改版升级，12月底前完成26个领域和乡镇基层政务公开标准目录公开。",
                  "会议还研究了其他事项。"], "side": GOV_SIDE}))
    L("01-政府办/市政府常务会议听取政务公开工作汇报.png", "8.1", "2020-08-21", "screenshot",
      "1920宽门户要闻：标题下无标签浅灰日期 2020-08-21 17:42；会议8月19日早于发布；主要负责人听取政务公开汇报→8.1（非1.1）", trap="无标签署名；近邻指标1.1/8.1")

    # ---- 8.2 机构建设 -------------------------------------------------------------------------------------
    h.scan("政务公开办/扫描件（编办批复）.pdf", {
        "red": "中共霸州市委机构编制委员会办公室", "no": "霸编办字〔2020〕5号", "title": "关于设立霸州市政务公开办公室的批复", "to": "市政府办公室：",
        "paras": ["你办《关于设立霸州市政务公开办公室的请示》收悉。经研究，同意在市政府办公室加挂霸州市政务公开办公室牌子，承担全市政务公开工作的组织协调、指导推进和监督检查职责。",
                  "核定政务公开办公室专职工作人员3名，从市政府办公室现有编制内调剂解决。设主任1名（由市政府办公室副主任兼任）。"],
        "sign": ["中共霸州市委机构编制委员会办公室", "二〇二〇年二月二十七日"], "seal": "中共霸州市委机构编制委员会办公室", "seal_at": (70, -36)},
        dpi=300, grey=True, skew=.2, q=42, producer="EPSON Scan", when="2020-11-19 08:40")
    L("政务公开办/扫描件（编办批复）.pdf", "8.2", "2020-02-27", "document",
      "灰度扫描编办批复（300dpi无文字层）：落款中文数字 二〇二〇年二月二十七日，长单位名印章压在日期上", trap="灰度扫描章压日期")

    xlsx(o, "政务公开办/政务公开专职工作人员备案表.xlsx", "备案表", [
        ["霸州市政务公开工作机构及专职工作人员备案表"], ["填报单位：霸州市政务公开办公室", "", "", "填报日期：2020年5月12日"],
        ["姓名", "性别", "职务", "工作职责", "联系电话"], ["王红星", "男", "政务公开办主任", "全面负责", "7225576"],
        ["赵晓彤", "女", "专职工作人员", "依申请公开、年报", "7225577"], ["孙明", "男", "专职工作人员", "平台运维、目录编制", "7225578"],
        ["备注：机构依据霸编办字〔2020〕5号设立。"]], "专职人员备案表", widths=[12, 8, 18, 24, 14], created="2020-05-12T01:30:00Z")
    L("政务公开办/政务公开专职工作人员备案表.xlsx", "8.2", "2020-05-12", "document", "xlsx备案表：填报日期 2020年5月12日；文号年份为干扰")

    # ---- 8.3 经费保障 -------------------------------------------------------------------------------------
    rows = [["2020年政务公开及政府网站运维经费拨付明细"], ["编制单位：霸州市财政局行政政法股", "", "", "编制日期：2020年4月10日"],
            ["序号", "项目名称", "预算单位", "预算金额（万元）", "拨付日期"],
            [1, "政务公开日常工作经费", "市政府办公室", 12, D("2020-03-05")], [2, "政府门户网站内容保障及运维", "市融媒体中心", 45, D("2020-03-20")],
            [3, "政府信息公开平台改版升级", "市融媒体中心", 38, D("2020-04-08")], [4, "政务新媒体运维", "市融媒体中心", 8, D("2020-04-08")],
            ["", "合计", "", 103, ""]]
    xlsx(o, "市财政局/政务公开及网站运维经费拨付明细.xlsx", "明细", rows, "经费拨付明细", widths=[6, 30, 16, 16, 14], created="2020-04-10T07:00:00Z")
    L("市财政局/政务公开及网站运维经费拨付明细.xlsx", "8.3", "2020-04-10", "document",
      "xlsx拨付明细：编制日期 2020年4月10日；拨付日期为Excel日期序列值；题材预算而指标经费保障→8.3（非1.7）", trap="台账日期序列值；题材≠体裁")

    docx(o, "融媒体中心/关于将2021年网站运维经费纳入预算的请示.docx", "关于将2021年政府网站运维经费纳入年度预算的请示", [
        ("t", "关于将2021年政府网站运维经费纳入年度预算的请示"), ("n", "市财政局："),
        ("p", "为保障政府门户网站、政府信息公开平台和政务新媒体安全稳定运行，根据政府网站内容保障和运行维护实际需要，特申请将2021年相关经费52万元纳入年度财政预算。"),
        ("p", "其中：网站内容保障经费18万元，平台运维及安全防护经费26万元，政务新媒体运维经费8万元。"), ("p", "妥否，请批示。"),
        ("r", "霸州市融媒体中心"), ("r", "2020年10月26日")], created="2020-10-26T02:10:00Z")
    L("融媒体中心/关于将2021年网站运维经费纳入预算的请示.docx", "8.3", "2020-10-26", "document",
      "错放单位：经费保障（责任单位市政务公开办）由融媒体中心报送；docx请示落款 2020年10月26日；2021年为干扰")

    # ---- 8.4 业务培训 -------------------------------------------------------------------------------------
    train = {"site": "霸州市人民政府", "today": "2020-11-17", "crumb": ["首页", "政务公开", "通知公告"],
             "title": "关于举办2020年全市政务公开业务培训班的通知", "meta": ["发布时间：2020-09-11 15:20", "来源：市政务公开办", "浏览次数：196"],
             "paras": training_notice_paras() + ['<p class="r">霸州市政务公开办公室</p>', '<p class="r">2020年9月10日</p>'], "side": GOV_SIDE}
    h.shot("政务公开办/培训通知.png", portal(train))
    L("政务公开办/培训通知.png", "8.4", "2020-09-11", "screenshot",
      "门户通知页：发布时间 2020-09-11，文内落款9月10日为干扰（网页取发布时间）；培训9月18日晚于发布", group="转发：政务公开业务培训通知", trap="页面落款≠发布时间")
    tw = dict(train, style="town", site="胜芳镇人民政府", url="www.bazhou.gov.cn/xzzl/sfz/", today="2020-11-16",
              crumb=["首页", "乡镇专栏", "胜芳镇", "通知公告"], meta=["发布时间：2020-09-14 08:50", "来源：市政务公开办（转载）"],
              left=("胜芳镇", ["镇情简介", "机构设置", "政务动态", "通知公告", "基层政务公开标准目录", "信息公开指南"], "通知公告"), side=None)
    html, size = portal(tw)
    h.shot("胜芳镇/转发市政务公开办培训通知.jpg", (html, (size[0], size[1], 58)))
    L("胜芳镇/转发市政务公开办培训通知.jpg", "8.4", "2020-09-14", "screenshot",
      "错放单位：业务培训（责任单位市政务公开办）的转载页放在胜芳镇文件夹；乡镇专栏转载 发布时间 2020-09-14（原文落款9月10日为干扰）", group="转发：政务公开业务培训通知")

    sign_rows = "".join(f'<tr><td>{i + 1}</td><td>{u}</td><td><span class="hw">{n}</span></td><td>{p}</td></tr>' for i, (u, n, p) in enumerate([
        ("市财政局", "宋文静", "1390316****"), ("市住建局", "刘洋", "1583161****"), ("市教体局", "王珊", "1873168****"), ("市民政局", "李红梅", "1363316****"),
        ("胜芳镇", "陈志国", "1593165****"), ("南孟镇", "高建民", "1350316****"), ("信安镇", "马俊", "1823161****"), ("东杨庄乡", "侯磊", "1571316****"),
        ("市融媒体中心", "张雨", "1530316****"), ("市司法局", "郝敏", "1393168****")]))
    h.photo("政务公开办/培训签到表.jpg", doc_image({
        "title": "2020年全市政务公开业务培训班签到表", "subtitle": "时间：2020年9月18日上午　地点：迎宾大厦三楼第一会议室",
        "paras": [f'<table><tr><th>序号</th><th>单位</th><th>姓名</th><th>联系电话</th></tr>{sign_rows}</table>']}, paper="#fcfcf8"),
        "paper", w=1200, h=1600, q=64, rot=-1.8, tilt=11)
    L("政务公开办/培训签到表.jpg", "8.4", "2020-09-18", "document", "手机拍摄手写签到表：表头培训时间 2020年9月18日（签到表的日期）", trap="纸件照片")


# ---------------------------------------------------------------------------------------------
# README

README_HEAD = """# Hold-out inbox 8

A fresh, independent, labelled evidence inbox for **measuring** dossier's file→indicator classifier and
publication-date finder once, after its code is frozen. Do not tune anything on it.

Regenerate with `scripts/make-holdout 8 [--out DIR]` (python3 stdlib, chromium, fonts-wqy-microhei,
pdftotext for validation). Screenshots and PDFs are not byte-reproducible across Chromium versions;
the committed files are the reference.

## Independence

Composed in a separate worktree (branch `hold8`) by a composer who never saw dossier's code. Opened,
and only these:

- `shared/seed/000_191db2bad84ccdda.txt` (the 2020 notice and the indicator table, the only source
  of the indicator ids; the leaf list was checked against it: 1.1–1.7, 2.1–2.14, 3.1–3.2, 4.1–4.3,
  5.1–5.4, 6.1–6.3, 7.1.1–7.1.6, 7.2.1–7.2.3, 7.3, 8.1–8.4 = 47 leaves);
- `tests/holdout/README.md` and `tests/holdout4/README.md` (label conventions; their file tables
  scrolled past while reading, none of their items or texts was reused);
- `tests/holdout7/README.md`, only for the labels.json field list and the trap-list format (its
  Layout, Label conventions, How-it-was-composed, Traps and Groups headings were seen; its spec.py
  and inbox were not opened);
- `scripts/make-holdout` and `scripts/evidence/*.py` (the shared plumbing, used unchanged; the
  page looks of this hold-out are in its own `spec.py`).

Not opened: analysis/, pipeline/, extractors/, cli/, server/, packager/, model/, intake/,
manifests/, samples/, bench/, docs/, ARCHITECTURE.md, any other tests/* (no other spec.py, inbox or
labels), any other worktree, the git history. dossier was never run on this inbox. All texts, names,
projects, amounts and 文号 are invented.

## Layout

- `inbox/<unit>/...`: the first folder level is the unit that filed the file, named the many ways
  clerks name folders (`01-政府办`, `03-城管局`, `05-住建局`, full names such as
  `自然资源和规划局`, short names `人社局`, `教体局`, `发改局`, towns and 乡 such as `胜芳镇`,
  `信安镇`, `东杨庄乡`, `岔河集乡`).
- `inbox/堂二里镇/堂二里镇2020年政务公开考核资料.zip`: UTF-8 member names in numbered sub-folders
  (`01-公开指南/`, `02-年度报告/`, `03-目录编制/`); members are labelled `unit/x.zip!/member`, the zip
  itself is not labelled.
- `labels.json`: `{"as_of": "2020-11-20", "files": [{"source", "indicator", "published", "kind",
  "note"[, "group"][, "trap"]}]}`.

## Label conventions

As in `tests/holdout/README.md` and `tests/holdout4/README.md`: positional leaf ids of the seed
table; one indicator per file, the one the file is evidence for whatever folder it is in (wrong-unit
files begin their note with `错放单位：`); `published` = a web page's 发布时间/发布日期/信息时间 (on a
信息公开 grid the 发布日期, not the 成文日期; lacking those, an unlabelled byline under the title, else
更新时间/答复时间, else the date in the page's own URL when that is its only date; a post's own date,
also when a Weibo shows only month and day), a document's 落款/成文日期 (also in Chinese numerals,
also under a seal, also handwritten; not the 印发 line, 文号 years, deadlines or metadata), a
ledger's 填表/填报/制表/编制/统计/监测/更新 date, a sign-in sheet's meeting date, a gazette's 出版
date; `null` when the file has no date of its own (column/list pages, a platform home page, an
application form page or a blank paper form, an account's profile or history, a wall-mounted rule
board, a transfer slip whose date line was left blank) — file-name dates (`IMG_2020…`,
`微信图片_2020…`, `Screenshot_2020…`) and PDF/OOXML metadata never count. `kind` = `screenshot` for
images of web/app pages (also phone photos of a screen), `document` for PDF/OOXML/text and
photos/scans of paper. `group` marks near-identical copies; `trap` names the trap a file carries.

## How it was composed

Weighted towards what clerks hand in most: phone photos (of a monitor, of another phone, of paper on
a desk, of sheets behind the glass of a 公示栏), phone screenshots at 360/414/720/750/1080/1242 px
(WeChat articles, Weibo posts, a 政务APP, an account profile and history), image-only scans of
sealed red-header documents (150/200/300 dpi, colour and grey, seal drawn over a Chinese-numeral
date) and xlsx ledgers with Excel date serials in the rows; fewer desktop screenshots (county portal,
信息公开平台 with its metadata grid, the 交易中心 site; 1366 and 1920 wide, two in a browser window
with a taskbar clock), a few text PDFs, docx, two plain-text files (GB18030+CRLF, UTF-8 with BOM)
and the zip. About a quarter of the items are hard but fair (light-grey or unlabelled bylines,
seals over Chinese-numeral dates, grids where 成文日期 ≠ 发布日期, a URL-only date, month-day-only
Weibo times, handwritten dates, null-date files with tempting names in the collection window,
a gazette with its own 出版日期 holding older documents, a reply quoting the application date), and
several documents' topic and genre point to different indicators.
"""


def readme_tail(labels, c, size):
    traps = sorted({l["trap"] for l in labels if "trap" in l})
    groups = {}
    for l in labels:
        if "group" in l:
            groups[l["group"]] = groups.get(l["group"], 0) + 1
    out = "\n## Traps (the `trap` field)\n\n" + "".join(f"- {t}\n" for t in traps)
    out += "\n## Near-duplicate groups (the `group` field)\n\n" + "".join(f"- {g} ({n} files)\n" for g, n in sorted(groups.items()))
    return out + files_section(labels, c, size)
