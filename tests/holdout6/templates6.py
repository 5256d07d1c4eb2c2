"""Page templates only hold-out 6 uses: desktop CMS pages of several portal families, phone pages at
several widths (WeChat, Weibo, a 政务 APP, an account profile), formal documents with red seals,
a gazette issue, and the looks of scans, phone photos of paper and phone photos of a monitor.

Every page template returns (html, (width, height, jpeg quality)).
"""
from urllib.parse import quote

from evidence.templates import FONT, esc, html_doc

NOISE_SVG = ("<svg xmlns='http://www.w3.org/2000/svg' width='256' height='256'><filter id='n'>"
             "<feTurbulence type='fractalNoise' baseFrequency='.85' numOctaves='2' stitchTiles='stitch'/>"
             "<feColorMatrix type='saturate' values='0'/></filter><rect width='100%' height='100%' filter='url(#n)'/></svg>")


def noise(op):
    if not op:
        return ""
    return (f'<div style="position:fixed;left:0;top:0;right:0;bottom:0;pointer-events:none;z-index:99;opacity:{op};'
            f'mix-blend-mode:multiply;background:url(&quot;data:image/svg+xml;utf8,{quote(NOISE_SVG)}&quot;)"></div>')


def paras(ps):
    return "".join(x if x.startswith("<") else f"<p>{esc(x)}</p>" for x in ps)


THEMES = {
    # main colour, header background, nav background, body background
    "trs": ("#b81c22", "linear-gradient(90deg,#c4161c,#e0463c)", "#9d1117", "#f4f4f4"),
    "hanweb": ("#1f5fa8", "linear-gradient(180deg,#2b72c4,#164f93)", "#0f427c", "#eef3f8"),
    "xxgk": ("#0d7a74", "linear-gradient(90deg,#0b6d68,#179b8f)", "#08524e", "#f1f6f5"),
    "green": ("#2e7d32", "linear-gradient(90deg,#2e7d32,#66a84a)", "#1f5e22", "#f6f8f3"),
    "old": ("#003399", "#3366cc", "#002a80", "#ffffff"),
}

CMS_CSS = """
*{margin:0;padding:0;box-sizing:border-box}
body{font-family:%(font)s;background:%(bg)s;color:%(fg)s;font-size:%(fs)spx;width:%(w)spx;overflow:hidden}
.top{height:30px;line-height:30px;font-size:12px;color:#777;background:#fff;padding:0 %(pad)spx;border-bottom:1px solid #e5e5e5}
.top span{float:right}
.hd{height:%(hh)spx;background:%(hdbg)s;color:#fff;padding:20px %(pad)spx}
.hd .n{font-size:%(ns)spx;font-weight:bold;letter-spacing:4px}
.hd .e{font-size:12px;opacity:.85}
.hd .q{float:right;width:260px;height:30px;background:rgba(255,255,255,.95);color:#999;line-height:30px;padding-left:10px;font-size:12px;margin-top:12px}
.nv{height:42px;line-height:42px;background:%(nav)s;padding:0 %(pad)spx;white-space:nowrap;overflow:hidden}
.nv a{color:#fff;font-size:15px;margin-right:40px}
.wrap{display:flex;padding:14px %(pad)spx}
.lm{width:210px;margin-right:14px;background:#fff;border:1px solid #dde}
.lm h3{background:%(c)s;color:#fff;font-size:16px;padding:10px 14px}
.lm li{list-style:none;padding:9px 16px;border-bottom:1px solid #eee;font-size:14px}
.lm li.on{color:%(c)s;font-weight:bold;background:#f5f8fb}
.main{flex:1;background:#fff;border:1px solid #e3e3e3;padding:16px 32px 26px;min-height:760px}
.side{width:300px;margin-left:14px;background:#fff;border:1px solid #e3e3e3;padding:10px 14px}
.side h3{font-size:15px;color:%(c)s;border-bottom:2px solid %(c)s;padding-bottom:6px;margin-bottom:6px}
.side li{list-style:none;font-size:13px;line-height:28px;border-bottom:1px dotted #ccc;display:flex}
.side li b{font-weight:normal;flex:1;overflow:hidden;white-space:nowrap;text-overflow:ellipsis}
.side li i{font-style:normal;color:#999;margin-left:6px}
.crumb{font-size:13px;color:#888;padding-bottom:8px;border-bottom:1px solid #eee;margin-bottom:12px}
h1{font-size:%(h1)spx;text-align:center;line-height:1.5;color:#1c1c1c;margin:10px 0 8px}
.meta{text-align:center;font-size:%(ms)spx;color:%(mc)s;padding-bottom:10px;border-bottom:1px solid #e6e6e6;margin-bottom:14px}
.meta b{font-weight:normal;margin:0 10px}
table.grid{width:100%%;border-collapse:collapse;font-size:%(gs)spx;margin-bottom:14px;color:#444}
table.grid td{border:1px solid #cfdcdc;padding:6px 8px}
table.grid td.k{background:#eef5f4;width:100px;color:#555;text-align:right}
.body p{text-indent:2em;line-height:1.85;margin-bottom:7px}
.body p.r{text-align:right;text-indent:0;padding-right:2em}
.body p.c{text-align:center;text-indent:0}
.body table{border-collapse:collapse;width:100%%;font-size:13px;margin:6px 0 10px}
.body td,.body th{border:1px solid #bbb;padding:4px 6px;text-align:center}
.rel{margin-top:16px;border-top:2px solid %(c)s;padding-top:8px}
.rel h4{font-size:15px;color:%(c)s;margin-bottom:4px}
.rel li{list-style:none;font-size:14px;line-height:28px;display:flex}
.rel li b{font-weight:normal;flex:1}
.rel li i{font-style:normal;color:#999}
.lst h2{font-size:18px;color:%(c)s;border-bottom:2px solid %(c)s;padding-bottom:8px;margin-bottom:4px}
.lst table{width:100%%;border-collapse:collapse;font-size:14px}
.lst th{background:#f1f4f7;font-weight:normal;color:#555;padding:8px;border-bottom:1px solid #ddd}
.lst td{padding:9px 8px;border-bottom:1px dashed #ddd}
.lst li{list-style:none;line-height:40px;border-bottom:1px dashed #ddd;display:flex;font-size:15px}
.lst li b{font-weight:normal;flex:1}
.lst li i{font-style:normal;color:#888}
.pg{text-align:center;font-size:13px;color:#666;margin-top:14px}
.box{border:1px solid #e1e1e1;background:#fafafa;padding:10px 14px;margin:10px 0;line-height:26px;font-size:14px}
.form td{padding:8px;border:1px solid #ddd;font-size:14px}
.form td.k{background:#f3f6f9;width:180px;text-align:right}
.form .in{display:inline-block;width:360px;height:26px;border:1px solid #ccc;vertical-align:middle}
.btn{display:inline-block;background:%(c)s;color:#fff;padding:6px 26px;margin:14px 10px 0 0}
.ft{background:#3b3b3b;color:#bbb;font-size:12px;text-align:center;line-height:24px;padding:12px}
.tool{text-align:right;font-size:13px;color:#999;margin-top:14px}
"""

FRAME_CSS = """
.win{position:absolute;left:0;top:0;width:%(w)spx;height:%(h)spx;overflow:hidden;background:#fff}
.chr{height:74px;background:#dee1e6;font-size:13px;color:#333}
.tab{display:inline-block;margin:8px 0 0 10px;background:#fff;width:250px;height:30px;line-height:30px;padding:0 12px;border-radius:8px 8px 0 0;white-space:nowrap;overflow:hidden}
.adr{margin:4px 90px 0 110px;background:#f1f3f4;height:30px;line-height:30px;border-radius:15px;padding:0 16px;white-space:nowrap;overflow:hidden}
.adr em{font-style:normal;color:#5f6368;margin-right:8px}
.view{position:absolute;top:74px;left:0;right:0;bottom:%(tb)spx;overflow:hidden}
.tk{position:absolute;left:0;right:0;bottom:0;height:40px;background:#1c2733;color:#fff}
.tk .st{float:left;width:48px;height:40px;background:#1d5fb4}
.tk .ap{float:left;width:44px;height:32px;margin:4px 3px;background:#2f3d4d}
.tk .ck{float:right;text-align:center;font-size:12px;line-height:17px;padding:3px 14px}
"""

PRINT_CSS = """
@page{size:A4;margin:0}
body{width:794px !important;overflow:visible !important}
.phd{display:flex;justify-content:space-between;font-size:11px;color:#000;padding:10px 36px 4px;font-family:sans-serif}
.pft{display:flex;justify-content:space-between;font-size:11px;color:#000;padding:8px 36px;font-family:sans-serif}
"""


def cms(p):
    """A desktop portal page. p: w, h, theme, site, url, today (a 今天是 line or ''), crumb (list), title,
    meta (list of strings shown under the title), grid (list of (k, v) pairs, shown above the title),
    paras, side ((title, [(t, d)])), related ((title, [(t, d)])), listing (cols, rows) or (None, [(t, d)]),
    form (rows), box, leftmenu ((title, [names], on)), frame ({url, time, date}), noise, meta_colour,
    font_size, q, footer (text)."""
    w = p.get("w", 1366)
    c, hdbg, nav, bg = THEMES[p.get("theme", "trs")]
    pad = 60 if w <= 1366 else 220
    old = p.get("theme") == "old"
    css = CMS_CSS % {"font": FONT, "bg": bg, "fg": p.get("fg", "#333"), "fs": p.get("font_size", 15), "w": w,
                     "pad": pad, "hh": 70 if old else 100, "hdbg": hdbg, "ns": 24 if old else 32, "nav": nav, "c": c,
                     "h1": p.get("h1", 22), "ms": p.get("meta_size", 13), "mc": p.get("meta_colour", "#888"),
                     "gs": p.get("grid_size", 13)}
    today = p.get("today", "")
    head = (f'<div class="top">{esc(today)}{"　" if today else ""}欢迎访问{esc(p.get("site", "霸州市人民政府"))}'
            f'<span>{esc(p.get("topright", "无障碍　|　长者模式　|　简/繁　|　登录"))}</span></div>'
            f'<div class="hd"><div class="q">{esc(p.get("search", "请输入关键词"))}</div><div class="n">{esc(p.get("site", "霸州市人民政府"))}</div>'
            f'<div class="e">{esc(p.get("url", "www.bazhou.gov.cn"))}</div></div>'
            '<div class="nv">' + "".join(f'<a>{esc(n)}</a>' for n in p.get("nav", ["首页", "政务公开", "政务服务", "互动交流", "数据开放", "走进霸州"])) + '</div>')
    crumb = f'<div class="crumb">{esc(p.get("crumb_label", "当前位置："))}{esc(" > ".join(p["crumb"]))}</div>' if p.get("crumb") else ""
    if p.get("listing") is not None:
        cols, rows = p["listing"]
        if cols:
            lst = ('<table><tr>' + "".join(f'<th>{esc(x)}</th>' for x in cols) + '</tr>'
                   + "".join('<tr>' + "".join(f'<td>{esc(x)}</td>' for x in r) + '</tr>' for r in rows) + '</table>')
        else:
            lst = '<ul>' + "".join(f'<li><b>{esc(t)}</b><i>{esc(d)}</i></li>' for t, d in rows) + '</ul>'
        box = "".join(f'<div class="box">{x}</div>' for x in p.get("box", []))
        main = f'{crumb}<div class="lst"><h2>{esc(p["title"])}</h2>{box}{lst}</div><div class="pg">{esc(p.get("pager", "共 5 页　首页 上一页 1 2 3 4 5 下一页 尾页"))}</div>'
    elif p.get("form") is not None:
        rows = "".join(f'<tr><td class="k">{esc(k)}</td><td>{v}</td></tr>' for k, v in p["form"])
        box = "".join(f'<div class="box">{x}</div>' for x in p.get("box", []))
        main = (f'{crumb}<h1>{esc(p["title"])}</h1>{box}<table class="form" style="border-collapse:collapse;width:100%">{rows}</table>'
                '<div style="text-align:center"><span class="btn">提 交</span><span class="btn" style="background:#999">重 置</span></div>')
    else:
        grid = ""
        if p.get("grid"):
            g = p["grid"]
            cells = []
            for i in range(0, len(g), 2):
                pair = g[i:i + 2]
                cells.append('<tr>' + "".join(f'<td class="k">{esc(k)}</td><td>{esc(v)}</td>' for k, v in pair)
                             + ('' if len(pair) == 2 else '<td class="k"></td><td></td>') + '</tr>')
            grid = '<table class="grid">' + "".join(cells) + '</table>'
        meta = ('<div class="meta">' + "".join(f'<b>{esc(m)}</b>' for m in p["meta"]) + '</div>') if p.get("meta") else '<div style="height:10px"></div>'
        box = "".join(f'<div class="box">{x}</div>' for x in p.get("box", []))
        rel = ""
        if p.get("related"):
            rt, rl = p["related"]
            rel = (f'<div class="rel"><h4>{esc(rt)}</h4><ul>' + "".join(f'<li><b>{esc(t)}</b><i>{esc(d)}</i></li>' for t, d in rl) + '</ul></div>')
        tool = f'<div class="tool">{esc(p["tool"])}</div>' if p.get("tool") else ""
        main = f'{crumb}{grid}<h1>{esc(p["title"])}</h1>{meta}<div class="body">{paras(p["paras"])}</div>{box}{tool}{rel}'
    left = ""
    if p.get("leftmenu"):
        lt, names, on = p["leftmenu"]
        left = f'<div class="lm"><h3>{esc(lt)}</h3><ul>' + "".join(f'<li class="{"on" if n == on else ""}">{esc(n)}</li>' for n in names) + '</ul></div>'
    side = ""
    if p.get("side"):
        st, sl = p["side"]
        side = (f'<div class="side"><h3>{esc(st)}</h3><ul>' + "".join(f'<li><b>{esc(t)}</b><i>{esc(d)}</i></li>' for t, d in sl) + '</ul></div>')
    foot = f'<div class="ft">{p.get("footer", "主办：霸州市人民政府办公室　　承办：霸州市融媒体中心　　冀ICP备05012345号　　政府网站标识码：1310810001")}</div>'
    page = f'{head}<div class="wrap">{left}<div class="main">{main}</div>{side}</div>{foot}'
    title = p.get("tab", p["title"])
    nz = noise(p.get("noise", 0))
    if p.get("printed"):
        pr = p["printed"]
        css += PRINT_CSS
        page = (f'<div class="phd"><span>{esc(pr["when"])}</span><span>{esc(title)}</span></div>{page}'
                f'<div class="pft"><span>{esc(pr["url"])}</span><span>{esc(pr.get("pages", "1/1"))}</span></div>')
        return html_doc(title, css, page), None
    if p.get("frame"):
        fr = p["frame"]
        h = p.get("h", 768 if w == 1366 else 1040)
        tb = 40 if fr.get("date") else 0
        css += FRAME_CSS % {"w": w, "h": h, "tb": tb}
        task = (f'<div class="tk"><div class="st"></div><div class="ap"></div><div class="ap"></div><div class="ap"></div>'
                f'<div class="ck">{esc(fr["time"])}<br>{esc(fr["date"])}</div></div>') if fr.get("date") else ""
        page = (f'<div class="win"><div class="chr"><span class="tab">{esc(title)}</span>'
                f'<div class="adr"><em>{esc(fr.get("lock", "不安全"))}</em>{esc(fr["url"])}</div></div>'
                f'<div class="view">{page}</div>{task}</div>')
        return html_doc(title, css, page + nz), (w, h, p.get("q", 70))
    return html_doc(title, css, page + nz), (w, p.get("h", 820), p.get("q", 60))


MOBILE_CSS = """
*{margin:0;padding:0;box-sizing:border-box}
html{background:#fff}
body{font-family:%(font)s;background:%(bg)s;color:#222;width:414px;zoom:%(z)s;overflow:hidden}
.sb{height:24px;line-height:24px;font-size:12px;padding:0 14px;color:#111;background:%(sbg)s}
.sb span{float:right}
.tb{height:44px;line-height:44px;text-align:center;font-size:16px;border-bottom:1px solid #e8e8e8;background:%(sbg)s;position:relative}
.tb .l{position:absolute;left:14px;font-size:24px}
.tb .r{position:absolute;right:14px;font-weight:bold}
.art{padding:18px 16px 24px;background:#fff}
.art h2{font-size:21px;line-height:30px;margin-bottom:12px}
.art .m{font-size:13px;color:%(mc)s;margin-bottom:16px}
.art .m a{color:#576b95;margin-right:8px}
.art p{font-size:16px;line-height:28px;margin-bottom:13px;text-align:justify;color:#333}
.pic{height:170px;margin:4px 0 14px;color:#fff;font-size:18px;text-align:center;padding-top:66px;background:linear-gradient(135deg,%(p1)s,%(p2)s)}
.rd{font-size:13px;color:#aaa;margin-top:8px}
.wb{padding:14px 14px 10px;background:#fff;border-bottom:8px solid #f2f2f2}
.wb .av{float:left;width:42px;height:42px;border-radius:21px;background:#e8541e;color:#fff;text-align:center;line-height:42px;font-size:13px;margin-right:10px}
.wb .nm{font-size:15px;color:#eb7350;font-weight:bold;line-height:22px}
.wb .tm{font-size:12px;color:#aaa;line-height:20px}
.wb .tx{clear:both;font-size:15px;line-height:25px;color:#333;padding-top:10px}
.wb .ops{display:flex;justify-content:space-around;font-size:13px;color:#888;margin-top:10px;border-top:1px solid #eee;padding-top:8px}
.app .bn{height:120px;background:linear-gradient(135deg,%(p1)s,%(p2)s);color:#fff;padding:24px 16px;font-size:20px;font-weight:bold}
.app .kv{background:#fff;margin:10px;border-radius:8px;padding:10px 14px;font-size:14px;line-height:26px}
.app .kv div{display:flex;border-bottom:1px solid #f0f0f0;padding:4px 0}
.app .kv div b{font-weight:normal;color:#888;width:96px}
.app .kv div span{flex:1}
.pf{text-align:center;padding:22px 16px;background:#fff}
.pf .lg{width:64px;height:64px;border-radius:32px;margin:0 auto 10px;background:%(p2)s;color:#fff;line-height:64px;font-size:15px}
.pf .bt{display:inline-block;margin-top:12px;background:#07c160;color:#fff;border-radius:4px;padding:6px 40px}
.kv2{background:#fff;margin-top:8px;padding:0 16px;font-size:15px}
.kv2 div{display:flex;padding:12px 0;border-bottom:1px solid #eee}
.kv2 div b{font-weight:normal;color:#888;width:90px}
.cm{background:#fff;margin-top:8px;padding:10px 16px;font-size:14px;line-height:22px}
.cm .it{padding:8px 0;border-bottom:1px solid #f3f3f3}
.cm .it i{font-style:normal;color:#999;font-size:12px}
.cm .rp{background:#f7f7f7;color:#555;padding:6px 8px;margin-top:4px}
"""


def mobile(p):
    """A phone page at p['w'] (414 / 720 / 1080) pixels wide. p['kind']: wechat, weibo, app, profile."""
    w = p.get("w", 414)
    z = round(w / 414, 4)
    hpx = p.get("h", {414: 896, 720: 1560, 1080: 2340}[w])
    css = MOBILE_CSS % {"font": FONT, "z": z, "bg": p.get("bg", "#fff"), "sbg": p.get("sbg", "#f7f7f7"),
                        "mc": p.get("meta_colour", "#b2b2b2"), "p1": p.get("p1", "#8fb8e8"), "p2": p.get("p2", "#3d6fb0")}
    sb = f'<div class="sb">{esc(p.get("clock", "9:41"))}<span>{esc(p.get("sbr", "4G ▮▮▮ 76%"))}</span></div>'
    k = p["kind"]
    if k == "wechat":
        pic = f'<div class="pic">{esc(p["pic"])}</div>' if p.get("pic") else ""
        cms_ = ""
        if p.get("comments"):
            cms_ = '<div class="cm"><div style="color:#888;margin-bottom:4px">精选留言</div>' + "".join(
                f'<div class="it"><b style="font-weight:normal;color:#576b95">{esc(n)}</b>　{esc(t)}<br><i>{esc(tm)}</i>'
                + (f'<div class="rp">作者　{esc(r)}</div>' if r else "") + '</div>' for n, t, tm, r in p["comments"]) + '</div>'
        page = (f'{sb}<div class="tb"><span class="l">×</span>　<span class="r">···</span></div><div class="art"><h2>{esc(p["title"])}</h2>'
                f'<div class="m">{p["byline"]}</div>{pic}{paras(p["paras"])}<div class="rd">{esc(p.get("reads", "阅读 3562　　在看 41"))}</div></div>{cms_}')
    elif k == "weibo":
        posts = "".join(
            f'<div class="wb"><div class="av">{esc(x.get("av", "发布"))}</div><div class="nm">{esc(x["name"])}</div>'
            f'<div class="tm">{esc(x["time"])}</div><div class="tx">{x["text"]}</div>'
            f'<div class="ops"><span>转发 {x.get("rt", 8)}</span><span>评论 {x.get("cm", 3)}</span><span>赞 {x.get("lk", 27)}</span></div></div>'
            for x in p["posts"])
        page = f'{sb}<div class="tb"><span class="l">‹</span>{esc(p.get("bar", "微博正文"))}</div>{posts}'
    elif k == "app":
        kv = '<div class="kv">' + "".join(f'<div><b>{esc(a)}</b><span>{esc(b)}</span></div>' for a, b in p["kv"]) + '</div>'
        body = f'<div class="art" style="margin:10px;border-radius:8px">{paras(p["paras"])}</div>' if p.get("paras") else ""
        page = f'{sb}<div class="tb"><span class="l">‹</span>{esc(p["bar"])}</div><div class="app"><div class="bn">{esc(p["title"])}</div>{kv}{body}</div>'
    else:  # profile
        kv = '<div class="kv2">' + "".join(f'<div><b>{esc(a)}</b><span>{esc(b)}</span></div>' for a, b in p["kv"]) + '</div>'
        page = (f'{sb}<div class="tb"><span class="l">‹</span>　<span class="r">···</span></div><div class="pf"><div class="lg">{esc(p["logo"])}</div>'
                f'<div style="font-size:19px;font-weight:bold">{esc(p["title"])}</div><div style="font-size:13px;color:#999;margin-top:6px">{esc(p["intro"])}</div>'
                f'<span class="bt">关注公众号</span></div>{kv}')
    return html_doc(p.get("title", "手机"), css, page + noise(p.get("noise", 0))), (w, hpx, p.get("q", 80))


DOC_CSS = """
@page{size:A4;margin:25mm 26mm 22mm 28mm}
*{margin:0;padding:0}
body{font-family:%(font)s;color:#111;font-size:15pt;line-height:1.8}
.red{color:#e0121b;text-align:center;font-size:27pt;letter-spacing:3px;line-height:1.35;font-weight:bold}
.no{text-align:center;font-size:13.5pt;margin:3mm 0 1mm}
.rl{border-top:2.5px solid #e0121b;margin:1mm 0 7mm}
h1{font-size:18pt;text-align:center;line-height:1.5;margin:3mm 0 5mm;font-weight:bold}
p{text-indent:2em;text-align:justify}
p.n{text-indent:0}
table{border-collapse:collapse;width:100%%;font-size:10.5pt;line-height:1.45;margin:2mm 0}
td,th{border:1px solid #222;padding:2px 4px;text-align:center;font-weight:normal}
.sig{position:relative;margin-top:9mm;text-align:right;padding-right:8mm}
.sig p{text-align:right;text-indent:0}
.seal{position:absolute;width:42mm;height:42mm;right:10mm;top:-10mm;opacity:%(so)s;mix-blend-mode:multiply}
.smudge{position:absolute;right:5mm;bottom:0mm;width:40mm;height:12mm;border-radius:40%%;background:radial-gradient(ellipse,rgba(150,10,15,.97) 55%%,rgba(150,10,15,0) 75%%)}
.yf{margin-top:8mm;border-top:1px solid #000;border-bottom:1px solid #000;font-size:12.5pt;padding:1mm 2mm;display:flex;justify-content:space-between}
.pb{page-break-before:always}
"""


def seal_svg(text, colour="#e3151d"):
    return ("<svg class='seal' viewBox='0 0 200 200' xmlns='http://www.w3.org/2000/svg'>"
            f"<circle cx='100' cy='100' r='92' fill='none' stroke='{colour}' stroke-width='7'/>"
            "<path id='arc' d='M 30 110 A 72 72 0 1 1 170 110' fill='none'/>"
            f"<text font-size='21' fill='{colour}' font-family='WenQuanYi Micro Hei' letter-spacing='2'>"
            f"<textPath href='#arc' startOffset='50%' text-anchor='middle'>{esc(text)}</textPath></text>"
            f"<text x='100' y='122' font-size='56' fill='{colour}' text-anchor='middle'>★</text>"
            f"<text x='100' y='162' font-size='16' fill='{colour}' text-anchor='middle' font-family='WenQuanYi Micro Hei'>{esc('政务公开专用章' if '政府' in text else '')}</text></svg>")


def doc_body(d):
    """A formal document's body html. d: red, no, title, to, paras, sign (lines, last the date), seal,
    smudge, after, yinfa, extra_pages (list of (title, paras))."""
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
    parts.append(paras(d["paras"]))
    if d.get("sign"):
        seal = seal_svg(d["seal"]) if d.get("seal") else ""
        sm = '<div class="smudge"></div>' if d.get("smudge") else ""
        parts.append('<div class="sig">' + "".join(f'<p>{esc(s)}</p>' for s in d["sign"]) + seal + sm + '</div>')
    if d.get("after"):
        parts.append(paras(d["after"]))
    if d.get("yinfa"):
        a, b = d["yinfa"]
        parts.append(f'<div class="yf"><span>{esc(a)}</span><span>{esc(b)}</span></div>')
    return "".join(parts)


def doc_pdf(d):
    css = DOC_CSS % {"font": FONT, "so": d.get("seal_opacity", .85)}
    return html_doc(d["title"], css, doc_body(d))


def scan(d, dpi=150, grey=False, rotate=0.5, q=58, noise_op=.10):
    """A flatbed scan of a printed A4 page at 150 or 200 dpi; colour unless grey."""
    w, h = (1240, 1754) if dpi == 150 else (1654, 2339)
    s = w / 794 * 0.93
    css = (DOC_CSS % {"font": FONT, "so": d.get("seal_opacity", .85)}).split("*{margin:0;padding:0}", 1)[1]
    css = ("*{margin:0;padding:0}" + css.replace("body{", ".paper{")
           + f"html,body{{width:{w}px;height:{h}px;overflow:hidden;background:#fbfbf8}}"
           f".paper{{position:absolute;left:{int(w * .035)}px;top:{int(h * .03)}px;width:794px;min-height:1123px;box-sizing:border-box;padding:92px 96px 80px 104px;"
           f"font-size:20px;transform:rotate({rotate}deg) scale({s:.4f});transform-origin:0 0;"
           f"filter:{'grayscale(1) ' if grey else ''}contrast(1.15) blur(0.35px)}}"
           ".edge{position:absolute;left:0;top:0;width:100%;height:100%;background:linear-gradient(90deg,rgba(0,0,0,.10),rgba(0,0,0,0) 3%,rgba(0,0,0,0) 96%,rgba(0,0,0,.12))}")
    return html_doc("scan", css, f'<div class="paper">{doc_body(d)}</div><div class="edge"></div>{noise(noise_op)}'), (w, h, q)


def paper_photo(d, w=1280, h=1706, rotate=-3.0, q=62):
    """A phone photo of a sheet of paper on a desk, a little skewed and unevenly lit."""
    css = (DOC_CSS % {"font": FONT, "so": d.get("seal_opacity", .85)}).split("*{margin:0;padding:0}", 1)[1]
    css = ("*{margin:0;padding:0}" + css.replace("body{", ".paper{")
           + f"html,body{{width:{w}px;height:{h}px;overflow:hidden;background:radial-gradient(ellipse at 30% 30%,#9c9a8f,#5e5a50 75%)}}"
           f".paper{{position:absolute;left:90px;top:110px;width:794px;min-height:1123px;box-sizing:border-box;padding:80px 84px;background:#f3f0e6;font-size:19px;"
           f"transform:perspective(1600px) rotateX(6deg) rotate({rotate}deg) scale(1.34);transform-origin:0 0;box-shadow:10px 16px 36px rgba(0,0,0,.5)}}"
           ".shade{position:absolute;left:0;top:0;width:100%;height:100%;background:linear-gradient(150deg,rgba(255,255,240,.22),rgba(0,0,0,0) 45%,rgba(0,0,0,.28))}")
    return html_doc("photo", css, f'<div class="paper">{doc_body(d)}</div><div class="shade"></div>{noise(.12)}'), (w, h, q)


def screen_photo(inner_html, inner_size, w=1280, h=960, q=60, rotate=1.8):
    """A phone photo of a monitor showing a page (inner_html at inner_size), with moiré and glare."""
    iw, ih = inner_size[:2]
    b0 = inner_html.index("<body>") + 6
    inner = inner_html[b0:inner_html.rindex("</body>")]
    style = inner_html[inner_html.index("<style>") + 7:inner_html.index("</style>")]
    style = style.replace("body{", ".scr{")
    s = (w - 120) / iw
    css = (style + f"html,body{{margin:0;width:{w}px;height:{h}px;overflow:hidden;background:#2a2a2e}}"
           f".mon{{position:absolute;left:40px;top:50px;width:{iw + 40}px;height:{ih + 40}px;background:#111;border-radius:8px;padding:20px;"
           f"transform:perspective(2000px) rotateY(-5deg) rotate({rotate}deg) scale({s:.4f});transform-origin:0 0}}"
           f".scr{{position:relative;width:{iw}px;height:{ih}px;overflow:hidden;filter:brightness(1.04) saturate(.9) blur(.5px)}}"
           ".moire{position:absolute;left:0;top:0;width:100%;height:100%;background:repeating-linear-gradient(12deg,rgba(0,0,0,.05) 0 2px,rgba(255,255,255,0) 2px 5px)}"
           ".glare{position:absolute;left:0;top:0;width:100%;height:100%;background:radial-gradient(ellipse at 70% 20%,rgba(255,255,255,.28),rgba(255,255,255,0) 40%)}")
    return html_doc("photo", css, f'<div class="mon"><div class="scr">{inner}</div></div><div class="moire"></div><div class="glare"></div>{noise(.10)}'), (w, h, q)
