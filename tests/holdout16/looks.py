"""Hold-out 16 (文安县): the page designs only this hold-out uses.

Desktop designs (desk): "mohei" (an ink-wash charcoal county portal with a vermilion seal word-mark),
"olive" (an olive 政府信息公开 platform with a one-row 文件信息 header table), "cobalt" (a 1920-wide
hero portal with a calendar date tile beside the title), "saffron" (a mustard 政民互动 board: letters
and 纠错 replies), "steel" (a grey/orange 公共资源交易中心 site). window() puts a page (by file) into a
360-browser window with a Windows taskbar. Phone pages (phone): WeChat article and profile, 今日头条
article and home page, 抖音 video page, 微博 post, the 文安融媒 APP (article and form). Looks of paper and
screens: screen_photo, paper_photo, scan (A4 at 150/200/300 dpi). redhead() is a formal document
(红头, seal over the signature date), for print (text PDF) or for images.

Every page function returns (html, (width, height, jpeg quality)).
"""
import html as _h

FONT = "'WenQuanYi Micro Hei','WenQuanYi Zen Hei',sans-serif"


def esc(s):
    return _h.escape(str(s), quote=True)


def doc(title, css, body):
    return (f'<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>{esc(title)}</title>'
            f'<style>{css}</style></head><body>{body}</body></html>')


def paras(ps, cls=""):
    out = []
    for x in ps:
        if x.startswith("<"):
            out.append(x)
        else:
            out.append(f'<p class="{cls}">{esc(x)}</p>' if cls else f"<p>{esc(x)}</p>")
    return "".join(out)


def table(rows, head=True):
    t = ""
    for i, r in enumerate(rows):
        tag = "th" if head and i == 0 else "td"
        t += "<tr>" + "".join(f"<{tag}>{esc(c)}</{tag}>" for c in r) + "</tr>"
    return f"<table>{t}</table>"


BASE = f"*{{margin:0;padding:0;box-sizing:border-box}}body{{font-family:{FONT};overflow:hidden}}li{{list-style:none}}"

# ------------------------------------------------------------------ mohei: ink-wash county portal
MOHEI = BASE + """
html{background:#ece8df}body{background:#ece8df;color:#2a2a2a}
.top{height:30px;line-height:30px;background:#141414;color:#9a9a9a;font-size:12px;padding:0 70px}
.top span{float:right}
.hd{height:128px;position:relative;padding:0 70px;overflow:hidden;
 background:radial-gradient(ellipse 340px 90px at 78% 118%,#5a5a5a 0,#3a3a3a 60%,transparent 61%),
 radial-gradient(ellipse 420px 120px at 92% 125%,#4a4a4a 0,#2f2f2f 60%,transparent 61%),
 radial-gradient(ellipse 260px 70px at 60% 120%,#444 0,transparent 62%),linear-gradient(#2c2c2c,#151515)}
.seal{position:absolute;left:70px;top:28px;width:70px;height:70px;background:#c8321e;color:#fff;font-size:26px;
 line-height:31px;text-align:center;padding-top:4px;border-radius:6px;letter-spacing:2px}
.wm{position:absolute;left:156px;top:30px;color:#f2eee6}
.wm b{display:block;font-size:36px;letter-spacing:8px;font-weight:normal}
.wm i{display:block;font-style:normal;font-size:11px;letter-spacing:3px;color:#a8a39a;margin-top:4px}
.srch{position:absolute;right:70px;top:52px;width:250px;border-bottom:1px solid #8c8c8c;color:#8c8c8c;font-size:13px;padding:4px 2px}
.nv{background:#f6f3ec;height:50px;display:flex;padding:0 70px;border-bottom:1px solid #d6cfc0}
.nv a{flex:1;text-align:center;line-height:47px;font-size:16px;color:#333}
.nv a.on{color:#c8321e;border-bottom:3px solid #c8321e}
.wrap{padding:18px 70px 24px}
.crumb{font-size:13px;color:#7b756a;margin-bottom:12px}
.card{background:#fbfaf6;border-left:4px solid #c8321e;padding:24px 46px 30px;min-height:560px}
h1{font-size:25px;line-height:38px;text-align:center;color:#1d1d1d;font-weight:normal;letter-spacing:1px}
.sub{text-align:center;font-size:15px;color:#555;margin-top:4px}
.meta{text-align:center;font-size:13px;color:#6d675d;margin:12px 0 18px;padding-bottom:12px;border-bottom:1px solid #ddd6c8}
.meta span{margin:0 10px}
.by{text-align:center;font-size:13px;color:#9d978c;margin:10px 0 18px;letter-spacing:1px}
.body p{font-size:16px;line-height:30px;text-indent:2em;margin-bottom:8px;text-align:justify}
.body p.r{text-align:right;text-indent:0}
.body table{border-collapse:collapse;width:100%;font-size:13px;margin:8px 0 12px}
.body th{background:#e9e2d2;border:1px solid #bdb39f;padding:5px;font-weight:normal}
.body td{border:1px solid #cfc6b3;padding:5px;text-align:center}
.box{border:1px dashed #c8321e;background:#fff7f2;padding:10px 16px;font-size:14px;line-height:26px;margin:10px 0}
.box a{color:#a2281a;text-decoration:underline}
.tabs{display:flex;border-bottom:2px solid #2a2a2a;margin-bottom:8px}
.tabs span{padding:8px 22px;font-size:15px;color:#555}
.tabs span.on{background:#2a2a2a;color:#fff}
.lst li{display:flex;font-size:15px;line-height:42px;border-bottom:1px dotted #cfc6b3}
.lst li b{flex:1;font-weight:normal;padding-left:14px;position:relative}
.lst li b:before{content:'';position:absolute;left:2px;top:19px;width:5px;height:5px;background:#c8321e}
.lst li i{font-style:normal;color:#8f897e;font-size:14px}
.pg{text-align:center;font-size:13px;color:#666;margin-top:16px}
.side{margin-top:18px;background:#fbfaf6;padding:14px 46px;font-size:14px;line-height:28px;color:#555}
.side h4{font-size:15px;color:#1d1d1d;font-weight:normal;border-bottom:1px solid #ddd6c8;margin-bottom:4px}
.side li{display:flex}.side li b{flex:1;font-weight:normal}.side li i{font-style:normal;color:#999}
.ft{background:#1c1c1c;color:#8b877f;font-size:12px;line-height:24px;text-align:center;padding:16px 0;margin-top:10px}
.org{display:grid;grid-template-columns:150px 1fr;font-size:15px;line-height:30px;border-top:1px solid #ddd6c8}
.org div{border-bottom:1px solid #ddd6c8;padding:6px 10px}
.org .k{background:#efe9dc;color:#6d5f45}
"""


def _mohei(p, w):
    nav = p.get("nav", ["首页", "文安概况", "政务公开", "政务服务", "政民互动", "专题专栏"])
    on = p.get("on", "政务公开")
    head = ('<div class="top">文安县人民政府欢迎您<span>简体 ｜ 繁體 ｜ 无障碍 ｜ 适老化版</span></div>'
            '<div class="hd"><div class="seal">文安<br>政府</div><div class="wm"><b>文安县人民政府</b>'
            "<i>WEN'AN COUNTY PEOPLE'S GOVERNMENT</i></div><div class=\"srch\">站内搜索……</div></div>"
            '<div class="nv">' + "".join(f'<a class="{"on" if n == on else ""}">{esc(n)}</a>' for n in nav) + "</div>")
    crumb = f'<div class="crumb">您现在的位置：{esc(" / ".join(p["crumb"]))}</div>'
    if p.get("listing") is not None:
        tabs = ""
        if p.get("tabs"):
            tabs = '<div class="tabs">' + "".join(f'<span class="{"on" if i == 0 else ""}">{esc(t)}</span>' for i, t in enumerate(p["tabs"])) + "</div>"
        items = "".join(f"<li><b>{esc(t)}</b><i>[{esc(d)}]</i></li>" for t, d in p["listing"])
        main = f'<div class="card">{tabs}<ul class="lst">{items}</ul><div class="pg">{esc(p.get("pager", "共 86 条　首页　上一页　1　2　3　4　下一页　尾页"))}</div></div>'
    elif p.get("org") is not None:
        rows = "".join(f'<div class="k">{esc(k)}</div><div>{v}</div>' for k, v in p["org"])
        main = f'<div class="card"><h1>{esc(p["title"])}</h1><div class="by">{p.get("by", "")}</div><div class="org">{rows}</div></div>'
    else:
        m = p.get("meta")
        if isinstance(m, dict):
            spans = [f"【发布日期】{esc(m['date'])}"] if m.get("date") else []
            spans += [f"【信息来源】{esc(m['src'])}", f"【阅读】{m.get('views', 326)}", "【打印】【关闭】"]
            meta = '<div class="meta">' + "".join(f"<span>{s}</span>" for s in spans) + "</div>"
        elif m:
            meta = f'<div class="by">{esc(m)}</div>'
        else:
            meta = '<div class="by">&nbsp;</div>'
        sub = f'<div class="sub">{esc(p["subtitle"])}</div>' if p.get("subtitle") else ""
        boxes = "".join(f'<div class="box">{b}</div>' for b in p.get("box", []))
        main = f'<div class="card"><h1>{esc(p["title"])}</h1>{sub}{meta}<div class="body">{paras(p["paras"])}</div>{boxes}</div>'
        if p.get("side"):
            st, sl = p["side"]
            main += (f'<div class="side"><h4>{esc(st)}</h4><ul>' + "".join(f"<li><b>{esc(t)}</b><i>{esc(d)}</i></li>" for t, d in sl) + "</ul></div>")
    foot = ('<div class="ft">主办：文安县人民政府办公室　承办：文安县融媒体中心　网站标识码：1310260009<br>'
            '冀ICP备05018826号-1　冀公网安备 13102602000417号　联系电话：0316-5212345</div>')
    return head + f'<div class="wrap">{crumb}{main}</div>' + foot


# ------------------------------------------------------------------ olive: 政府信息公开 platform
OLIVE = BASE + """
html{background:#f4f3ec}body{background:#f4f3ec;color:#262a1c}
.hd{height:96px;background:linear-gradient(90deg,#46551c,#6c7d33);padding:0 80px;position:relative;color:#fff}
.em{position:absolute;left:80px;top:18px;width:60px;height:60px;border-radius:30px;background:radial-gradient(#f3d36b,#c89a24);
 border:3px solid #f6e7ae;color:#7a1d0e;font-size:13px;text-align:center;line-height:54px;font-weight:bold}
.tt{position:absolute;left:156px;top:20px}
.tt b{display:block;font-size:30px;letter-spacing:3px;font-weight:normal}
.tt i{display:block;font-style:normal;font-size:12px;color:#dfe6c4;margin-top:2px}
.ql{position:absolute;right:80px;top:36px;font-size:14px;color:#eef2dc}
.ql span{margin-left:18px}
.mb{background:#e6e1c8;height:46px;display:flex;padding:0 80px;border-bottom:2px solid #8a9a4a}
.mb a{padding:0 20px;line-height:46px;font-size:15px;color:#3b4220}
.mb a.on{background:#8a9a4a;color:#fff}
.wrap{padding:16px 80px 30px}
.pos{font-size:13px;color:#6f7358;margin-bottom:10px}
.pane{background:#fff;border:1px solid #d8d4bd;padding:22px 40px 30px;min-height:600px}
.att{border-collapse:collapse;width:100%;font-size:13px;margin-bottom:22px}
.att th{background:#dfe4c6;color:#3c4720;border:1px solid #c3c9a2;padding:6px 4px;font-weight:normal}
.att td{border:1px solid #c3c9a2;padding:7px 4px;text-align:center;color:#333}
h1{font-size:24px;text-align:center;line-height:36px;color:#222;font-weight:normal;margin-bottom:16px}
.body p{font-size:16px;line-height:30px;text-indent:2em;margin-bottom:8px;text-align:justify}
.body p.r{text-align:right;text-indent:0}
.body table,.grid{border-collapse:collapse;width:100%;font-size:14px;margin:8px 0}
.body th,.grid th{background:#eef0e0;border:1px solid #c9cdb0;padding:6px;font-weight:normal}
.body td,.grid td{border:1px solid #d9dcc6;padding:6px;text-align:center}
.grid td.t{text-align:left}
.rel{margin-top:18px;border:1px solid #c3c9a2;background:#f8f9f0;padding:10px 16px;font-size:14px;line-height:26px}
.rel h4{font-size:14px;color:#46551c;margin-bottom:2px}
.rel a{color:#2f5aa8;text-decoration:underline}
.tiles{display:grid;grid-template-columns:repeat(5,1fr);gap:12px;margin-bottom:18px}
.tiles div{background:#f1f2e4;border:1px solid #d1d5b6;height:82px;text-align:center;padding-top:16px;font-size:15px;color:#3c4720}
.tiles div i{display:block;font-style:normal;font-size:12px;color:#7c8060;margin-top:6px}
.two{display:flex;gap:20px}.two>div{flex:1}
.two h3{font-size:16px;color:#46551c;border-bottom:2px solid #8a9a4a;padding-bottom:6px;margin-bottom:6px;font-weight:normal}
.two li{display:flex;font-size:14px;line-height:32px;border-bottom:1px dashed #ddd}
.two li b{flex:1;font-weight:normal}.two li i{font-style:normal;color:#888}
.ft{text-align:center;font-size:12px;color:#6f7358;line-height:22px;padding:14px 0;border-top:3px solid #6c7d33;background:#ecead9}
.note{background:#f8f6e6;border-left:4px solid #8a9a4a;padding:10px 14px;font-size:14px;line-height:26px;margin-bottom:14px}
"""


def _olive(p, w):
    menu = p.get("menu", ["首页", "信息公开指南", "信息公开制度", "法定主动公开内容", "政府信息公开年报", "依申请公开", "政策解读"])
    on = p.get("on", "法定主动公开内容")
    head = ('<div class="hd"><div class="em">县徽</div><div class="tt"><b>文安县人民政府信息公开</b>'
            '<i>xxgk.wax.gov.cn　政府信息公开专栏</i></div><div class="ql"><span>无障碍</span><span>返回门户</span>'
            '<span>意见建议</span></div></div><div class="mb">'
            + "".join(f'<a class="{"on" if m == on else ""}">{esc(m)}</a>' for m in menu) + "</div>")
    pos = f'<div class="pos">当前位置：{esc(" >> ".join(p["crumb"]))}</div>'
    if p.get("home"):
        tiles = '<div class="tiles">' + "".join(f"<div>{esc(a)}<i>{esc(b)}</i></div>" for a, b in p["tiles"]) + "</div>"
        cols = '<div class="two">' + "".join(
            f'<div><h3>{esc(h)}</h3><ul>' + "".join(f"<li><b>{esc(t)}</b><i>{esc(d)}</i></li>" for t, d in items) + "</ul></div>"
            for h, items in p["columns"]) + "</div>"
        main = f'<div class="pane">{tiles}{cols}</div>'
    elif p.get("grid_list") is not None:
        note = "".join(f'<div class="note">{x}</div>' for x in p.get("notes", []))
        rows = "".join(f'<tr><td>{i + 1}</td><td class="t">{esc(t)}</td><td>{esc(n)}</td><td>{esc(d)}</td></tr>'
                       for i, (t, n, d) in enumerate(p["grid_list"]))
        main = (f'<div class="pane"><h1>{esc(p["title"])}</h1>{note}<table class="grid"><tr><th style="width:60px">序号</th><th>标题</th>'
                f'<th style="width:200px">文号</th><th style="width:130px">发布日期</th></tr>{rows}</table>'
                f'<div style="text-align:center;font-size:13px;color:#666;margin-top:14px">{esc(p.get("pager", "共 1 页 / 当前第 1 页"))}</div></div>')
    else:
        att = ""
        if p.get("att"):
            ks = [k for k, _ in p["att"]]
            vs = [v for _, v in p["att"]]
            att = ('<table class="att"><tr>' + "".join(f"<th>{esc(k)}</th>" for k in ks) + "</tr><tr>"
                   + "".join(f"<td>{esc(v)}</td>" for v in vs) + "</tr></table>")
        rel = ""
        if p.get("rel"):
            rel = '<div class="rel"><h4>' + esc(p.get("rel_title", "相关解读")) + "</h4>" + "".join(f"<div>{x}</div>" for x in p["rel"]) + "</div>"
        main = f'<div class="pane">{att}<h1>{esc(p["title"])}</h1><div class="body">{paras(p["paras"])}</div>{rel}</div>'
    foot = '<div class="ft">文安县人民政府办公室主办　文安县政务公开办公室维护　地址：文安县兴文路66号　邮编：065800</div>'
    return head + f'<div class="wrap">{pos}{main}</div>' + foot


# ------------------------------------------------------------------ cobalt: 1920 hero portal with date tiles
COBALT = BASE + """
html{background:#eef2f8}body{background:#eef2f8;color:#1f2a3a}
.hero{height:250px;position:relative;background:
 linear-gradient(180deg,rgba(8,33,84,.15),rgba(8,33,84,.55)),
 repeating-linear-gradient(90deg,rgba(255,255,255,.05) 0 38px,rgba(255,255,255,0) 38px 90px),
 linear-gradient(115deg,#0b2f78,#1a5ccc 55%,#3c86f0)}
.sky{position:absolute;left:0;right:0;bottom:0;height:90px;background:
 linear-gradient(0deg,rgba(5,24,62,.75),rgba(5,24,62,.75)) 0 60px/100% 30px no-repeat,
 linear-gradient(#0c2c68,#0c2c68) 6% 20px/60px 70px no-repeat,linear-gradient(#0e3174,#0e3174) 11% 36px/90px 54px no-repeat,
 linear-gradient(#0a2a63,#0a2a63) 70% 10px/50px 80px no-repeat,linear-gradient(#0d2f70,#0d2f70) 76% 30px/120px 60px no-repeat,
 linear-gradient(#0b2b66,#0b2b66) 88% 44px/70px 46px no-repeat}
.wm{position:absolute;left:160px;top:64px;color:#fff}
.wm b{font-size:44px;letter-spacing:6px;font-weight:bold;display:block}
.wm i{font-style:normal;font-size:14px;letter-spacing:2px;opacity:.85}
.nv{position:absolute;right:160px;top:26px;display:flex}
.nv a{color:#e7efff;font-size:17px;margin-left:36px;padding-bottom:6px}
.nv a.on{border-bottom:2px solid #ffd25a;color:#fff}
.cw{width:1200px;margin:-40px auto 30px;position:relative}
.crumb{font-size:13px;color:#d6e3ff;margin-bottom:10px}
.card{background:#fff;border-radius:8px;box-shadow:0 6px 24px rgba(20,50,110,.12);padding:34px 56px 40px;min-height:620px}
.th{display:flex;align-items:center;border-bottom:1px solid #e3e9f3;padding-bottom:18px;margin-bottom:22px}
.tile{width:86px;height:86px;background:#1a5ccc;color:#fff;border-radius:6px;text-align:center;margin-right:26px;flex:none}
.tile b{display:block;font-size:38px;line-height:54px;font-weight:bold}
.tile i{display:block;font-style:normal;font-size:13px;background:#0f3f99;border-radius:0 0 6px 6px;line-height:32px}
.th h1{font-size:26px;line-height:38px;color:#12213a;font-weight:bold}
.th .mt{font-size:13px;color:#7d8aa0;margin-top:8px}
.th .mt span{margin-right:22px}
.body p{font-size:17px;line-height:32px;text-indent:2em;margin-bottom:10px;text-align:justify;color:#2b3445}
.body p.r{text-align:right;text-indent:0}
.body table{border-collapse:collapse;width:100%;font-size:14px;margin:8px 0}
.body th{background:#e8effc;border:1px solid #c7d5f0;padding:6px;font-weight:normal}
.body td{border:1px solid #d7e1f3;padding:6px;text-align:center}
.pubf{text-align:right;font-size:13px;margin-top:26px;padding-top:10px;border-top:1px dashed #e3e9f3}
.cols{display:grid;grid-template-columns:1fr 1fr;gap:18px 40px}
.it{display:flex;align-items:center;border-bottom:1px solid #eef1f7;padding:10px 0}
.it .tile{width:58px;height:58px;margin-right:16px}.it .tile b{font-size:22px;line-height:34px}.it .tile i{font-size:11px;line-height:24px}
.it span{font-size:16px;line-height:26px}
.intro{background:#f3f7ff;border:1px solid #d7e3fb;border-radius:6px;padding:12px 18px;font-size:15px;line-height:28px;margin-bottom:18px;color:#33415c}
.ft{background:#0b2353;color:#9fb3d9;text-align:center;font-size:13px;line-height:26px;padding:22px 0}
"""


def _tile(iso):
    y, m, d = iso.split("-")
    return f'<div class="tile"><b>{int(d):02d}</b><i>{y}.{m}</i></div>'


def _cobalt(p, w):
    nav = p.get("nav", ["首页", "政务公开", "政务服务", "互动交流", "魅力文安"])
    on = p.get("on", "政务公开")
    head = ('<div class="hero"><div class="nv">' + "".join(f'<a class="{"on" if n == on else ""}">{esc(n)}</a>' for n in nav)
            + '</div><div class="wm"><b>文安县人民政府</b><i>www.wax.gov.cn　千年古县 · 水韵文安</i></div><div class="sky"></div></div>')
    crumb = f'<div class="crumb">首页 › {esc(" › ".join(p["crumb"][1:]))}</div>'
    if p.get("cards") is not None:
        intro = f'<div class="intro">{p["intro"]}</div>' if p.get("intro") else ""
        items = "".join(f'<div class="it">{_tile(d)}<span>{esc(t)}</span></div>' for t, d in p["cards"])
        main = f'<div class="card"><div class="th"><h1>{esc(p["title"])}</h1></div>{intro}<div class="cols">{items}</div></div>'
    else:
        tile = _tile(p["tile"]) if p.get("tile") else ""
        mt = '<div class="mt">' + "".join(f"<span>{esc(x)}</span>" for x in p.get("mt", [])) + "</div>"
        foot = ""
        if p.get("pubfoot"):
            foot = f'<div class="pubf" style="color:{p.get("light", "#b4bccb")}">{esc(p["pubfoot"])}</div>'
        main = (f'<div class="card"><div class="th">{tile}<div><h1>{esc(p["title"])}</h1>{mt}</div></div>'
                f'<div class="body">{paras(p["paras"])}</div>{foot}</div>')
    ft = '<div class="ft">文安县人民政府办公室 主办　|　网站标识码 1310260009　|　冀ICP备05018826号-1　|　建议使用1920×1080分辨率浏览</div>'
    return head + f'<div class="cw">{crumb}{main}</div>' + ft


# ------------------------------------------------------------------ saffron: 政民互动 board
SAFFRON = BASE + """
html{background:#faf6ea}body{background:#faf6ea;color:#3b2a12}
.hd{height:88px;background:#d99a1e;padding:0 60px;position:relative}
.hd b{position:absolute;left:60px;top:20px;font-size:30px;letter-spacing:2px;color:#3b2a12}
.hd i{position:absolute;left:64px;top:60px;font-style:normal;font-size:12px;color:#5d4317}
.hd .r{position:absolute;right:60px;top:34px;font-size:14px}
.nv{background:#fff;border-bottom:1px solid #e6d7b2;height:44px;padding:0 60px;display:flex}
.nv a{margin-right:36px;line-height:42px;font-size:15px;color:#5a4826}
.nv a.on{color:#b36d00;border-bottom:3px solid #d99a1e}
.wrap{padding:16px 60px}
.crumb{font-size:13px;color:#8b7a58;margin-bottom:10px}
.sec{background:#fff;border:1px solid #ead9b0;margin-bottom:14px}
.sec h3{background:#f5e6bf;font-size:16px;padding:8px 16px;font-weight:normal;color:#5d4317}
.kv{display:grid;grid-template-columns:120px 1fr 120px 1fr;font-size:14px}
.kv div{border-bottom:1px solid #f1e6cc;padding:8px 12px}
.kv .k{background:#fcf6e6;color:#8b6a2a}
.tx{padding:12px 18px;font-size:15px;line-height:28px}
.tx p{text-indent:2em;margin-bottom:6px}
.stat{display:inline-block;background:#3f9b4f;color:#fff;font-size:12px;padding:1px 8px;border-radius:8px;margin-left:6px}
.ft{text-align:center;font-size:12px;color:#8b7a58;padding:10px 0 16px}
"""


def _saffron(p, w):
    nav = p.get("nav", ["互动首页", "县长信箱", "部门信箱", "我为政府网站找错", "在线访谈", "征集调查"])
    on = p.get("on", "县长信箱")
    head = (f'<div class="hd"><b>文安县人民政府 · {esc(p.get("brand", "政民互动"))}</b><i>www.wax.gov.cn/{p.get("path", "hdjl")}</i><div class="r">登录 ｜ 注册 ｜ 我的信件</div></div>'
            '<div class="nv">' + "".join(f'<a class="{"on" if n == on else ""}">{esc(n)}</a>' for n in nav) + "</div>")
    secs = ""
    for s in p["secs"]:
        kv = ""
        if s.get("kv"):
            kv = '<div class="kv">' + "".join(f'<div class="k">{esc(k)}</div><div>{v}</div>' for k, v in s["kv"]) + "</div>"
        secs += f'<div class="sec"><h3>{esc(s["h"])}</h3>{kv}<div class="tx">{paras(s.get("paras", []))}</div></div>'
    return head + f'<div class="wrap"><div class="crumb">当前位置：{esc(" > ".join(p["crumb"]))}</div>{secs}</div><div class="ft">文安县人民政府办公室主办　文安县融媒体中心承办</div>'


# ------------------------------------------------------------------ steel: 公共资源交易中心
STEEL = BASE + """
html{background:#e9ebed}body{background:#e9ebed;color:#222}
.hd{height:84px;background:#46515c;padding:0 50px;position:relative}
.hd b{position:absolute;left:50px;top:20px;font-size:28px;color:#fff;letter-spacing:1px}
.hd b em{font-style:normal;color:#ff9a2e}
.hd i{position:absolute;left:52px;top:56px;color:#c3cad1;font-style:normal;font-size:12px}
.hd .tel{position:absolute;right:50px;top:32px;color:#ffb35c;font-size:15px}
.nv{background:#f07c00;height:40px;padding:0 50px}
.nv a{color:#fff;font-size:15px;line-height:40px;padding:0 18px;display:inline-block}
.nv a.on{background:#b85e00}
.wrap{padding:14px 50px}
.loc{font-size:12px;color:#555;background:#fff;border:1px solid #d5d8dc;padding:6px 12px;margin-bottom:10px}
.main{background:#fff;border:1px solid #d5d8dc;padding:20px 36px 28px;min-height:620px}
h1{font-size:22px;text-align:center;color:#b85e00;line-height:34px;font-weight:normal}
.info{text-align:center;font-size:12px;color:#777;border-bottom:1px solid #ddd;padding:8px 0 10px;margin-bottom:14px}
.info span{margin:0 8px}
.body p{font-size:14px;line-height:26px;text-indent:2em;margin-bottom:6px}
.body p.r{text-align:right;text-indent:0}
.body table{border-collapse:collapse;width:100%;font-size:13px;margin:6px 0 10px}
.body th{background:#f3f3f3;border:1px solid #bbb;padding:5px;font-weight:normal}
.body td{border:1px solid #ccc;padding:5px;text-align:center}
.ft{text-align:center;font-size:12px;color:#666;padding:12px 0}
"""


def _steel(p, w):
    nav = p.get("nav", ["首页", "交易信息", "政策法规", "办事指南", "信用信息", "专家库", "联系我们"])
    on = p.get("on", "交易信息")
    head = ('<div class="hd"><b>文安县<em>公共资源交易中心</em></b><i>Wen\'an Public Resources Trading Center</i>'
            '<div class="tel">服务热线：0316-5216688</div></div><div class="nv">'
            + "".join(f'<a class="{"on" if n == on else ""}">{esc(n)}</a>' for n in nav) + "</div>")
    info = '<div class="info">' + "".join(f"<span>{esc(x)}</span>" for x in p["info"]) + "</div>"
    return (head + f'<div class="wrap"><div class="loc">您的位置：{esc(" > ".join(p["crumb"]))}</div>'
            f'<div class="main"><h1>{esc(p["title"])}</h1>{info}<div class="body">{paras(p["paras"])}</div></div></div>'
            '<div class="ft">文安县公共资源交易中心　地址：文安县政务服务中心三楼</div>')


DESIGNS = {"mohei": (MOHEI, _mohei), "olive": (OLIVE, _olive), "cobalt": (COBALT, _cobalt),
           "saffron": (SAFFRON, _saffron), "steel": (STEEL, _steel)}


def desk(design, p, w=1366, h=900, q=80, zoom=1.0, charset="utf-8"):
    """A desktop page of one of the designs, w wide (the page is laid out at w/zoom and zoomed)."""
    css, fn = DESIGNS[design]
    cw = int(round(w / zoom))
    css = css + f"html{{zoom:{zoom}}}body{{width:{cw}px}}"
    body = fn(p, cw)
    title = p.get("tab", p.get("title", "文安县人民政府"))
    html = doc(title, css, body)
    if charset != "utf-8":
        html = html.replace('<meta charset="utf-8">', f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">')
    return html, (w, h, q)


# ------------------------------------------------------------------ a 360 browser window with a Windows taskbar
WINDOW = BASE + """
body{background:#fff}
.b360{height:40px;background:linear-gradient(#fdfdfd,#eceff1);border-bottom:1px solid #cfd4d8;position:relative}
.logo{position:absolute;left:10px;top:7px;width:26px;height:26px;border-radius:13px;background:radial-gradient(circle at 40% 40%,#7bd36a,#1f9d3a);
 color:#fff;font-size:10px;line-height:26px;text-align:center;font-weight:bold}
.tabs{position:absolute;left:46px;top:8px;display:flex}
.tabs span{width:210px;height:32px;line-height:32px;font-size:12px;padding:0 10px;background:#e4e8eb;border:1px solid #cfd4d8;border-bottom:none;
 margin-right:2px;border-radius:4px 4px 0 0;white-space:nowrap;overflow:hidden;color:#555}
.tabs span.on{background:#fff;color:#222}
.ctl{position:absolute;right:10px;top:10px;font-size:14px;color:#555;letter-spacing:14px}
.adr{height:38px;background:#fff;border-bottom:1px solid #d9dde0;position:relative}
.adr .bt{position:absolute;left:12px;top:9px;font-size:14px;color:#777;letter-spacing:10px}
.adr .u{position:absolute;left:110px;right:260px;top:6px;height:26px;border:1px solid #9fd49a;border-radius:3px;font-size:13px;line-height:24px;padding-left:10px;color:#333}
.adr .s{position:absolute;right:12px;top:6px;width:236px;height:26px;border:1px solid #d0d0d0;border-radius:3px;font-size:12px;line-height:24px;padding-left:8px;color:#aaa}
.fav{height:26px;background:#f7f8f9;border-bottom:1px solid #e1e4e6;font-size:12px;line-height:26px;padding-left:14px;color:#555}
.fav span{margin-right:22px}
iframe{display:block;border:0}
.tb{position:absolute;left:0;right:0;bottom:0;height:40px;background:#1b2230;color:#fff}
.tb .win{float:left;width:48px;height:40px;background:linear-gradient(#2a83d6,#1565b3)}
.tb .sr{float:left;width:300px;height:40px;background:#f2f2f2;color:#666;font-size:13px;line-height:40px;padding-left:14px}
.tb .ap{float:left;width:48px;height:40px;border-bottom:3px solid #76b9ed;background:#2b3446;margin-left:2px}
.tb .ck{float:right;font-size:12px;line-height:17px;text-align:center;padding:3px 16px}
.tb .ic{float:right;font-size:12px;line-height:40px;padding:0 10px;color:#ccc}
"""


def window(inner_path, w, h, fr, q=78):
    """inner_path: a page file shown in a 360 browser window; fr: url, tab, tab2, clock=(time, date) or None."""
    top = 40 + 38 + 26
    tb = 40 if fr.get("clock") else 0
    ck = ""
    if fr.get("clock"):
        t, d = fr["clock"]
        ck = (f'<div class="tb"><div class="win"></div><div class="sr">在这里输入你要搜索的内容</div><div class="ap"></div><div class="ap"></div>'
              f'<div class="ck">{esc(t)}<br>{esc(d)}</div><div class="ic">中　ENG</div></div>')
    body = (f'<div class="b360"><div class="logo">360</div><div class="tabs"><span class="on">{esc(fr["tab"])}</span>'
            f'<span>{esc(fr.get("tab2", "360导航_一个主页，整个世界"))}</span></div><div class="ctl">—□×</div></div>'
            f'<div class="adr"><div class="bt">‹ › ↻ ⌂</div><div class="u">{esc(fr["url"])}</div><div class="s">360搜索</div></div>'
            '<div class="fav"><span>★ 收藏</span><span>手机收藏夹</span><span>河北政务服务网</span><span>文安县人民政府</span><span>全国一体化在线政务服务平台</span></div>'
            f'<iframe src="file://{inner_path}" style="width:{w}px;height:{h - top - tb}px" scrolling="no"></iframe>{ck}')
    return doc(fr["tab"], WINDOW + f"body{{width:{w}px;height:{h}px;position:relative}}", body), (w, h, q)


# ------------------------------------------------------------------ phone pages
PHONE = BASE + """
body{background:#fff;color:#1b1b1b;width:414px}
.sb{height:26px;line-height:26px;font-size:13px;padding:0 18px;font-weight:bold}
.sb span{float:right;font-weight:normal;font-size:12px}
/* wechat */
.wx .nb{height:44px;line-height:44px;font-size:20px;padding:0 16px;color:#111;background:#ededed}
.wx .nb span{float:right;font-weight:bold;letter-spacing:2px}
.wx .ar{padding:20px 18px 26px}
.wx h2{font-size:21px;line-height:30px;margin-bottom:14px;font-weight:bold}
.wx .by{font-size:14px;margin-bottom:20px}
.wx .by .yc{color:#fff;background:#c9c9c9;font-size:11px;padding:0 3px;margin-right:6px;border-radius:2px}
.wx .by a{color:#576b95;margin-right:8px}
.wx p{font-size:16px;line-height:28px;margin-bottom:16px;text-align:justify;color:#333;letter-spacing:.3px}
.wx .im{height:190px;margin:0 0 16px;border-radius:2px;color:#fff;font-size:18px;text-align:center;padding-top:78px}
.wx .rd{font-size:14px;color:#999;display:flex;justify-content:space-between;margin-top:6px}
.pf{padding:24px 20px}
.pf .av{width:64px;height:64px;border-radius:32px;float:left;margin-right:14px;color:#fff;text-align:center;line-height:64px;font-size:16px}
.pf .nm{font-size:20px;font-weight:bold;line-height:32px}
.pf .vf{font-size:13px;color:#888;line-height:22px}
.pf .in{clear:both;font-size:14px;color:#555;line-height:24px;padding-top:14px}
.pf .bts{display:flex;gap:12px;margin-top:14px}
.pf .bts span{flex:1;text-align:center;background:#f2f2f2;border-radius:4px;font-size:15px;line-height:38px;color:#576b95}
.pf .ms{border-top:8px solid #f4f4f4;padding:0 20px}
.pf .ms div{display:flex;padding:12px 0;border-bottom:1px solid #eee}
.pf .ms b{flex:1;font-size:16px;line-height:24px;font-weight:normal}
.pf .ms i{width:72px;height:56px;margin-left:12px;background:linear-gradient(135deg,#94b8d8,#44709c)}
/* toutiao */
.tt .nb{height:46px;background:#f04142;color:#fff;display:flex;align-items:center;padding:0 14px;font-size:18px;font-weight:bold}
.tt .nb span{flex:1;margin-left:14px;background:rgba(255,255,255,.92);color:#999;font-size:13px;font-weight:normal;border-radius:16px;height:30px;line-height:30px;padding-left:14px}
.tt .ar{padding:18px 16px}
.tt h2{font-size:23px;line-height:34px;font-weight:bold;margin-bottom:14px}
.tt .au{display:flex;align-items:center;margin-bottom:18px}
.tt .au .av{width:38px;height:38px;border-radius:19px;color:#fff;font-size:12px;text-align:center;line-height:38px;margin-right:10px}
.tt .au b{display:block;font-size:15px}
.tt .au i{display:block;font-style:normal;font-size:12px;color:#999;margin-top:2px}
.tt .au .fo{margin-left:auto;background:#f04142;color:#fff;font-size:14px;padding:5px 14px;border-radius:4px}
.tt p{font-size:17px;line-height:30px;margin-bottom:16px;color:#222}
.tt .im{height:200px;margin-bottom:16px;color:#fff;text-align:center;padding-top:84px;font-size:17px}
.tth .hd{height:130px;background:linear-gradient(135deg,#4a6fa5,#2b4b7e)}
.tth .me{padding:0 18px;margin-top:-34px}
.tth .av{width:76px;height:76px;border-radius:38px;border:3px solid #fff;color:#fff;font-size:16px;text-align:center;line-height:70px}
.tth .nm{font-size:21px;font-weight:bold;margin-top:8px}
.tth .vf{font-size:13px;color:#999;margin-top:4px}
.tth .ct{display:flex;gap:26px;font-size:14px;color:#666;margin:12px 0}
.tth .ct b{color:#222;font-size:17px;margin-right:3px}
.tth .tb{display:flex;border-bottom:1px solid #eee;font-size:16px}
.tth .tb span{padding:10px 16px;color:#666}.tth .tb span.on{color:#222;font-weight:bold;border-bottom:3px solid #f04142}
.tth .it{padding:14px 18px;border-bottom:1px solid #f2f2f2}
.tth .it b{display:block;font-size:17px;line-height:26px;font-weight:normal}
.tth .it i{display:block;font-style:normal;font-size:12px;color:#999;margin-top:6px}
/* douyin */
.dy{background:#000;color:#fff;height:100%;position:relative}
.dy .vd{position:absolute;left:0;right:0;top:0;bottom:0;background:linear-gradient(180deg,#223 0%,#3a4d6b 35%,#6a7d99 60%,#1a1a22 100%)}
.dy .cap{position:absolute;left:0;right:0;top:330px;text-align:center;font-size:26px;font-weight:bold;color:#fff;text-shadow:0 2px 4px #000;padding:0 24px;line-height:38px}
.dy .cap2{position:absolute;left:0;right:0;top:440px;text-align:center;font-size:18px;color:#ffe14d;text-shadow:0 1px 3px #000}
.dy .top{position:absolute;top:30px;left:0;right:0;text-align:center;font-size:16px;color:#ddd}
.dy .top b{color:#fff;border-bottom:2px solid #fff;padding-bottom:4px;margin:0 12px}
.dy .rt{position:absolute;right:12px;top:470px;text-align:center;font-size:12px;width:52px}
.dy .rt div{margin-bottom:20px}
.dy .rt .av{width:48px;height:48px;border-radius:24px;border:2px solid #fff;font-size:11px;line-height:44px}
.dy .rt i{display:block;font-style:normal;font-size:30px;line-height:34px}
.dy .bt{position:absolute;left:14px;right:80px;bottom:74px;font-size:15px;line-height:23px}
.dy .bt b{font-size:17px;display:block;margin-bottom:6px}
.dy .bt .d{color:#ccc;font-weight:normal;font-size:14px}
.dy .mu{margin-top:8px;font-size:14px}
.dy .nb{position:absolute;left:0;right:0;bottom:0;height:54px;background:#000;display:flex;justify-content:space-around;align-items:center;font-size:16px;color:#bbb;border-top:1px solid #222}
.dy .nb b{color:#fff}
/* weibo */
.wbn{height:44px;line-height:44px;text-align:center;font-size:17px;border-bottom:1px solid #eee;position:relative}
.wbn:before{content:'\\2039';position:absolute;left:16px;font-size:30px;color:#333}
.wbp{padding:14px 14px 10px}
.wbp .av{float:left;width:46px;height:46px;border-radius:23px;color:#fff;text-align:center;line-height:46px;font-size:13px;margin-right:10px}
.wbp .nm{font-size:16px;color:#f86b1d;line-height:24px}
.wbp .nm em{font-style:normal;font-size:11px;background:#ffc247;color:#fff;border-radius:7px;padding:0 4px;margin-left:4px}
.wbp .tm{font-size:12px;color:#9a9a9a;line-height:20px}
.wbp .tx{clear:both;font-size:16px;line-height:27px;padding-top:10px}
.wbp .tx a{color:#eb7350}
.wbp .g{display:grid;grid-template-columns:repeat(3,1fr);gap:4px;margin-top:10px}
.wbp .g div{height:118px;background:linear-gradient(135deg,#8fa9c8,#44618a)}
.wbo{display:flex;justify-content:space-around;font-size:13px;color:#888;border-top:1px solid #eee;border-bottom:8px solid #f2f2f2;padding:10px 0}
.wbc{padding:10px 14px;border-bottom:1px solid #f2f2f2;font-size:14px;line-height:22px}
.wbc span{color:#eb7350}.wbc i{display:block;font-style:normal;font-size:12px;color:#aaa}
/* app */
.ap .nb{height:50px;background:#0a8f6a;color:#fff;display:flex;align-items:center;padding:0 14px;font-size:18px}
.ap .nb b{flex:1;text-align:center;font-weight:normal}
.ap .ar{padding:18px 16px}
.ap h2{font-size:22px;line-height:32px;margin-bottom:10px}
.ap .mt{font-size:13px;color:#8c8c8c;border-bottom:1px solid #eee;padding-bottom:12px;margin-bottom:14px}
.ap .mt span{margin-right:12px}
.ap p{font-size:16px;line-height:28px;margin-bottom:14px;text-indent:2em;text-align:justify}
.ap .bb{position:absolute;left:0;right:0;bottom:0;height:50px;border-top:1px solid #e5e5e5;background:#fafafa;display:flex;align-items:center;padding:0 14px;font-size:14px;color:#999}
.ap .bb span{flex:1;background:#eee;border-radius:16px;line-height:32px;padding-left:14px;margin-right:18px}
.ap .fm{padding:14px 16px}
.ap .fm h3{font-size:18px;margin-bottom:10px}
.ap .fm .row{border-bottom:1px solid #eee;padding:12px 0;font-size:15px;display:flex}
.ap .fm .row b{width:128px;font-weight:normal;color:#555}
.ap .fm .row i{flex:1;font-style:normal;color:#bbb}
.ap .fm .sub{background:#0a8f6a;color:#fff;text-align:center;font-size:17px;line-height:46px;border-radius:6px;margin-top:22px}
.ap .fm .tip{font-size:13px;color:#888;line-height:22px;background:#f3faf7;padding:10px;margin-bottom:8px}
"""


def phone(kind, w, k, h=None, q=80, clock="10:24"):
    """kind: wechat, wxprofile, toutiao, tthome, douyin, weibo, app, appform. The page is laid out at
    414 (app: 360) wide and zoomed to w."""
    base = 360 if kind in ("app", "appform") else 414
    zoom = w / base
    hh = h or int(round((896 if base == 414 else 760) * zoom))
    sb = f'<div class="sb">{esc(clock)}<span>{esc(k.get("signal", "4G ▮▮▮ 76%"))}</span></div>'
    if kind == "wechat":
        im = f'<div class="im" style="background:{k.get("imbg", "linear-gradient(135deg,#5b8fc7,#23507f)")}">{esc(k["im"])}</div>' if k.get("im") else ""
        yc = '<span class="yc">原创</span>' if k.get("yc") else ""
        body = (f'<div class="wx">{sb}<div class="nb">✕<span>···</span></div><div class="ar"><h2>{esc(k["title"])}</h2>'
                f'<div class="by" style="color:{k.get("bycolor", "#9a9a9a")}">{yc}<a>{esc(k["account"])}</a>{esc(k["byline"])}</div>'
                f'{im}{paras(k["paras"])}<div class="rd"><span>阅读 {esc(k.get("reads", "2316"))}</span><span>赞 {esc(k.get("likes", "38"))}　在看 {esc(k.get("watch", "12"))}</span></div></div></div>')
    elif kind == "wxprofile":
        ms = "".join(f"<div><b>{esc(t)}</b><i></i></div>" for t in k["msgs"])
        body = (f'{sb}<div class="wx"><div class="nb">‹<span>···</span></div></div><div class="pf"><div class="av" style="background:{k.get("avbg", "#b22d24")}">{esc(k["logo"])}</div>'
                f'<div class="nm">{esc(k["account"])}</div><div class="vf">✔ {esc(k["verified"])}</div>'
                f'<div class="in">{esc(k["intro"])}</div><div class="bts"><span>发消息</span><span>已关注</span></div></div>'
                f'<div class="pf" style="padding:0"><div class="ms">{ms}</div></div>')
    elif kind == "toutiao":
        im = f'<div class="im" style="background:{k.get("imbg", "linear-gradient(135deg,#6f8fb3,#2e4f78)")}">{esc(k["im"])}</div>' if k.get("im") else ""
        body = (f'<div class="tt">{sb}<div class="nb">‹<span>搜索你感兴趣的内容</span></div><div class="ar"><h2>{esc(k["title"])}</h2>'
                f'<div class="au"><div class="av" style="background:{k.get("avbg", "#2b4b7e")}">{esc(k["logo"])}</div><div><b>{esc(k["account"])}</b>'
                f'<i>{esc(k["byline"])}</i></div><span class="fo">关注</span></div>{im}{paras(k["paras"])}</div></div>')
    elif kind == "tthome":
        its = "".join(f"<div class=\"it\"><b>{esc(t)}</b><i>{esc(m)}</i></div>" for t, m in k["items"])
        body = (f'<div class="tth">{sb}<div class="hd"></div><div class="me"><div class="av" style="background:{k.get("avbg", "#2b4b7e")}">{esc(k["logo"])}</div>'
                f'<div class="nm">{esc(k["account"])}</div><div class="vf">{esc(k["verified"])}</div>'
                f'<div class="ct"><span><b>{esc(k["likes"])}</b>获赞</span><span><b>{esc(k["fans"])}</b>粉丝</span><span><b>{esc(k["follows"])}</b>关注</span></div></div>'
                '<div class="tb"><span class="on">文章</span><span>视频</span><span>微头条</span><span>问答</span></div>' + its + "</div>")
    elif kind == "douyin":
        sbw = sb.replace('class="sb"', 'class="sb" style="color:#fff;position:relative"')
        body = (f'<div class="dy" style="height:896px"><div class="vd"></div>{sbw}'
                '<div class="top">同城　<b>推荐</b>　关注</div>'
                f'<div class="cap">{esc(k["cap"])}</div><div class="cap2">{esc(k.get("cap2", ""))}</div>'
                f'<div class="rt"><div><div class="av" style="background:{k.get("avbg", "#1b6fb5")}">{esc(k["logo"])}</div></div>'
                f'<div><i>♥</i>{esc(k.get("likes", "1.2w"))}</div><div><i>▤</i>{esc(k.get("cms", "386"))}</div><div><i>↪</i>{esc(k.get("shares", "522"))}</div></div>'
                f'<div class="bt"><b>@{esc(k["account"])} <span class="d">· {esc(k["date"])}</span></b>{esc(k["text"])}'
                f'<div class="mu">♫ {esc(k.get("music", "@" + k["account"] + "创作的原声"))}</div></div>'
                '<div class="nb"><b>首页</b><span>朋友</span><span style="font-size:26px;color:#fff">⊕</span><span>消息</span><span>我</span></div></div>')
    elif kind == "weibo":
        g = '<div class="g">' + "<div></div>" * k.get("pics", 0) + "</div>" if k.get("pics") else ""
        cms = "".join(f'<div class="wbc"><span>{esc(n)}</span>：{esc(t)}<i>{esc(tm)}</i></div>' for n, t, tm in k.get("comments", []))
        body = (f'{sb}<div class="wbn">微博正文</div><div class="wbp"><div class="av" style="background:{k.get("avbg", "#1d6fb8")}">{esc(k["logo"])}</div>'
                f'<div class="nm">{esc(k["account"])}<em>V</em></div><div class="tm">{esc(k["time"])}</div>'
                f'<div class="tx">{k["text"]}</div>{g}</div><div class="wbo"><span>↪ 转发 {k.get("rt", 16)}</span>'
                f'<span>评论 {k.get("cm", len(k.get("comments", [])))}</span><span>赞 {k.get("lk", 57)}</span></div>{cms}')
    elif kind == "app":
        mt = "".join(f"<span>{esc(x)}</span>" for x in k["mt"])
        body = (f'<div class="ap" style="position:relative;height:760px">{sb}<div class="nb">‹<b>{esc(k.get("app", "文安融媒"))}</b>⋯</div>'
                f'<div class="ar"><h2>{esc(k["title"])}</h2><div class="mt">{mt}</div>{paras(k["paras"])}</div>'
                '<div class="bb"><span>写评论…</span>☆　↗</div></div>')
    elif kind == "appform":
        rows = "".join(f'<div class="row"><b>{esc(a)}</b><i>{esc(b)}</i></div>' for a, b in k["rows"])
        tips = "".join(f'<div class="tip">{esc(t)}</div>' for t in k.get("tips", []))
        body = (f'<div class="ap" style="position:relative;height:760px">{sb}<div class="nb">‹<b>{esc(k.get("app", "文安融媒"))}</b>⋯</div>'
                f'<div class="fm"><h3>{esc(k["title"])}</h3>{tips}{rows}<div class="sub">提交申请</div></div></div>')
    else:
        raise ValueError(kind)
    css = PHONE + f"html{{zoom:{zoom}}}body{{width:{base}px}}"
    if base == 360:
        css += "body{width:360px}"
    return doc(k.get("title", "手机"), css, body), (w, hh, q)


# ------------------------------------------------------------------ photos of screens and paper
def screen_photo(inner_path, pw, ph, w=1200, h=900, rot=-2.0, tilt=7, scale=0.78, q=70, dx=0, dy=0):
    """A phone photo of a monitor showing the page inner_path (laid out pw x ph): bezel, perspective,
    moiré, glare."""
    css = (f"*{{margin:0;padding:0}}html,body{{width:{w}px;height:{h}px;overflow:hidden;background:radial-gradient(ellipse at 50% 40%,#4b4d52,#1c1d20 75%)}}"
           f".mon{{position:absolute;left:50%;top:50%;width:{pw + 36}px;height:{ph + 36}px;margin-left:{-(pw + 36) // 2 + dx}px;margin-top:{-(ph + 36) // 2 + dy}px;"
           f"background:#0d0d0f;border-radius:8px;padding:18px;transform:perspective(1500px) rotateY({tilt}deg) rotateZ({rot}deg) scale({scale});"
           "box-shadow:0 20px 60px rgba(0,0,0,.6)}"
           f"iframe{{display:block;border:0;width:{pw}px;height:{ph}px;filter:saturate(.9) brightness(1.04) contrast(.93)}}"
           ".moire{position:absolute;left:18px;top:18px;right:18px;bottom:18px;background:repeating-linear-gradient(12deg,rgba(0,0,0,.05) 0 2px,rgba(255,255,255,0) 2px 5px),"
           "repeating-linear-gradient(-14deg,rgba(90,0,140,.035) 0 3px,rgba(0,0,0,0) 3px 7px)}"
           ".glare{position:absolute;left:18px;top:18px;right:18px;bottom:18px;background:radial-gradient(ellipse 420px 260px at 72% 22%,rgba(255,255,255,.33),rgba(255,255,255,0) 70%)}")
    body = f'<div class="mon"><iframe src="file://{inner_path}" scrolling="no"></iframe><div class="moire"></div><div class="glare"></div></div>'
    return doc("photo", css, body), (w, h, q)


def paper_photo(inner_path, w=1200, h=1600, rot=-2.0, glass=False, q=70, scale=1.3, left=90, top=110):
    """A phone photo of a printed A4 page (inner_path, 794 wide): on a desk, or behind the glass of a 公开栏."""
    bg = ("linear-gradient(90deg,#9aa3ab,#c9cfd4 3%,#9aa3ab 6%,#3c4650 6.5%,#2f3943 93.5%,#9aa3ab 94%,#c9cfd4 97%,#9aa3ab)" if glass
          else "repeating-linear-gradient(93deg,#7b5a3c 0 22px,#80603f 22px 40px,#75553a 40px 61px)")
    glare = ("radial-gradient(ellipse 500px 900px at 80% 20%,rgba(255,255,255,.30),rgba(255,255,255,0) 60%),"
             "linear-gradient(115deg,rgba(255,255,255,0) 40%,rgba(255,255,255,.18) 46%,rgba(255,255,255,0) 52%)" if glass
             else "linear-gradient(160deg,rgba(255,255,255,.14),rgba(0,0,0,0) 45%,rgba(0,0,0,.25))")
    css = (f"*{{margin:0;padding:0}}html,body{{width:{w}px;height:{h}px;overflow:hidden;background:{bg}}}"
           f".pp{{position:absolute;left:{left}px;top:{top}px;width:794px;height:1123px;transform:rotate({rot}deg) scale({scale});transform-origin:0 0;"
           "box-shadow:10px 16px 34px rgba(0,0,0,.55);background:#f5f2ea}"
           "iframe{display:block;border:0;width:794px;height:1123px;filter:sepia(.12) brightness(.96)}"
           f".gl{{position:absolute;left:0;top:0;width:100%;height:100%;background:{glare}}}")
    body = f'<div class="pp"><iframe src="file://{inner_path}" scrolling="no"></iframe></div><div class="gl"></div>'
    return doc("photo", css, body), (w, h, q)


SCAN_SIZE = {150: (1240, 1754), 200: (1654, 2339), 300: (2480, 3508)}


def scan(inner_path, dpi=200, rot=0.4, grey=False, q=60):
    """A flatbed scan of an A4 page (inner_path, 794 x 1123) at dpi; colour or grey."""
    w, h = SCAN_SIZE[dpi]
    s = w / 794
    flt = "grayscale(1) contrast(1.3) brightness(1.03)" if grey else "saturate(1.15) contrast(1.08)"
    css = (f"*{{margin:0;padding:0}}html,body{{width:{w}px;height:{h}px;overflow:hidden;background:{'#f4f4f4' if grey else '#fbfaf6'}}}"
           f".pp{{position:absolute;left:{int(8 * s)}px;top:{int(6 * s)}px;width:794px;height:1123px;transform:rotate({rot}deg) scale({s * 0.985:.4f});transform-origin:0 0}}"
           f"iframe{{display:block;border:0;width:794px;height:1123px;filter:{flt}}}"
           ".ed{position:absolute;left:0;top:0;width:100%;height:100%;background:linear-gradient(90deg,rgba(0,0,0,.10),rgba(0,0,0,0) 2.5%,rgba(0,0,0,0) 97%,rgba(0,0,0,.12)),"
           "radial-gradient(circle at 23% 71%,rgba(0,0,0,.25) 0 1px,transparent 2px),radial-gradient(circle at 81% 13%,rgba(0,0,0,.2) 0 1px,transparent 2px),"
           "radial-gradient(circle at 64% 88%,rgba(0,0,0,.2) 0 2px,transparent 3px)}")
    body = f'<div class="pp"><iframe src="file://{inner_path}" scrolling="no"></iframe></div><div class="ed"></div>'
    return doc("scan", css, body), (w, h, q)


# ------------------------------------------------------------------ formal documents
DOC_CSS = """
*{margin:0;padding:0;box-sizing:border-box}
body{font-family:%(font)s;color:#111;background:#fff}
.pg{%(pg)s}
.red{color:#d7141a;text-align:center;font-size:%(red)s;letter-spacing:3px;line-height:1.35;font-weight:bold}
.no{text-align:center;font-size:15px;margin:14px 0 6px}
.no.r{text-align:right}
.rl{border-top:3px solid #d7141a;margin:4px 0 26px;position:relative}
.rl.star:after{content:'★';color:#d7141a;position:absolute;left:50%%;top:-14px;margin-left:-12px;background:#fff;padding:0 4px;font-size:18px}
h1{font-size:22px;text-align:center;line-height:1.55;margin:10px 0 20px;font-weight:bold}
.st{text-align:center;font-size:15px;margin:-10px 0 16px}
p{font-size:16px;line-height:1.95;text-indent:2em;text-align:justify}
p.n{text-indent:0}
p.h{font-weight:bold}
table{border-collapse:collapse;width:100%%;font-size:13px;line-height:1.5;margin:8px 0}
td,th{border:1px solid #222;padding:3px 5px;text-align:center;font-weight:normal}
.sig{margin-top:34px;position:relative;text-align:right;padding-right:36px}
.sig div{font-size:16px;line-height:2}
.seal{position:absolute;width:156px;height:156px;mix-blend-mode:multiply;opacity:.86}
.gk{font-size:15px;margin-top:16px}
.yf{margin-top:34px;border-top:1px solid #111;border-bottom:1px solid #111;font-size:14px;padding:5px 6px;display:flex;justify-content:space-between}
.hw{color:#1b3f9c;font-style:italic;font-size:17px;transform:rotate(-1.5deg);display:inline-block}
.brk{page-break-before:always}
"""


def seal_svg(text, color="#e0201d"):
    """A round official seal: outer ring, the unit's name on an arc, a star."""
    n = len(text)
    return (f'<svg viewBox="0 0 200 200" xmlns="http://www.w3.org/2000/svg"><defs><path id="arc" d="M 34 112 A 68 68 0 1 1 166 112"/></defs>'
            f'<circle cx="100" cy="100" r="92" fill="none" stroke="{color}" stroke-width="7"/>'
            f'<text font-size="{max(15, 28 - n)}" fill="{color}" font-family="WenQuanYi Micro Hei" letter-spacing="2"><textPath href="#arc" startOffset="50%" text-anchor="middle">{esc(text)}</textPath></text>'
            f'<polygon fill="{color}" points="100,68 109,94 137,94 114,110 123,137 100,120 77,137 86,110 63,94 91,94"/>'
            f'<text x="100" y="168" font-size="15" fill="{color}" text-anchor="middle" font-family="WenQuanYi Micro Hei">{esc("")}</text></svg>')


def redhead(d, mode="image"):
    """A formal document. d: red, no, no_right, star, title, subtitle, to, paras, sign (lines), seal (text),
    seal_at (right, top in px relative to the signature block), gk, yinfa (left, right), after (paras),
    pages (extra pages: list of (title, paras)). mode: image (794 x 1123 page) or print (A4 with margins)."""
    if mode == "print":
        css = DOC_CSS % {"font": FONT, "pg": "", "red": "36px"} + "@page{size:A4;margin:24mm 25mm 22mm 26mm}"
    else:
        css = DOC_CSS % {"font": FONT, "pg": "width:794px;min-height:1123px;padding:70px 78px 50px 84px;overflow:hidden", "red": "38px"}
        css += "html,body{width:794px;height:1123px;overflow:hidden}"
    parts = []
    if d.get("red"):
        n = len(d["red"])
        fs = "" if n <= 11 else f' style="font-size:{max(24, int(38 * 11 / n))}px;letter-spacing:1px"'
        parts.append(f'<div class="red"{fs}>{esc(d["red"])}</div>')
        if d.get("no"):
            parts.append(f'<div class="no">{esc(d["no"])}</div>')
        parts.append(f'<div class="rl{" star" if d.get("star") else ""}"></div>')
    elif d.get("no"):
        parts.append(f'<div class="no r">{esc(d["no"])}</div>')
    parts.append(f'<h1>{esc(d["title"])}</h1>')
    if d.get("subtitle"):
        parts.append(f'<div class="st">{esc(d["subtitle"])}</div>')
    if d.get("to"):
        parts.append(f'<p class="n">{esc(d["to"])}</p>')
    parts.append(paras(d.get("paras", [])))
    if d.get("sign"):
        seal = ""
        if d.get("seal"):
            r, t = d.get("seal_at", (40, -58))
            seal = f'<div class="seal" style="right:{r}px;top:{t}px">{seal_svg(d["seal"])}</div>'
        parts.append('<div class="sig">' + "".join(f"<div>{x}</div>" for x in d["sign"]) + seal + "</div>")
    if d.get("gk"):
        parts.append(f'<div class="gk">{esc(d["gk"])}</div>')
    if d.get("after"):
        parts.append(paras(d["after"]))
    if d.get("yinfa"):
        a, b = d["yinfa"]
        parts.append(f'<div class="yf"><span>{esc(a)}</span><span>{esc(b)}</span></div>')
    for t, ps in d.get("pages", []):
        parts.append(f'<div class="brk"></div><h1>{esc(t)}</h1>{paras(ps)}')
    return doc(d["title"], css, f'<div class="pg">{"".join(parts)}</div>')


GAZETTE_CSS = """
@page{size:A4;margin:20mm 22mm}
*{margin:0;padding:0}
body{font-family:%s;color:#111}
.cv{height:250mm;position:relative;text-align:center}
.cv .t{font-size:46px;color:#b8141a;letter-spacing:10px;padding-top:40mm;font-weight:bold}
.cv .q{font-size:20px;margin-top:14mm}
.cv .e{position:absolute;bottom:20mm;left:0;right:0;font-size:17px;line-height:2}
.cv .band{height:8px;background:#b8141a;margin:10mm 30mm 0}
h2{font-size:20px;text-align:center;margin:6mm 0 5mm}
.toc div{display:flex;font-size:15px;line-height:2.1;border-bottom:1px dotted #999}
.toc div b{flex:1;font-weight:normal}
h3{font-size:18px;text-align:center;margin:6mm 0 4mm;line-height:1.5}
p{font-size:15px;line-height:1.9;text-indent:2em;text-align:justify}
p.r{text-align:right}
p.c{text-align:center;text-indent:0}
.brk{page-break-before:always}
.hdr{font-size:11px;color:#555;border-bottom:1px solid #555;margin-bottom:3mm;display:flex;justify-content:space-between}
""" % FONT


def gazette(g):
    """A multi-page gazette: cover (title, issue, editor, 出版 date), contents, documents."""
    cover = (f'<div class="cv"><div class="t">{esc(g["name"])}</div><div class="band"></div><div class="q">{esc(g["issue"])}</div>'
             f'<div class="e">{"<br>".join(esc(x) for x in g["cover_foot"])}</div></div>')
    toc = '<div class="brk"></div><h2>目　　录</h2><div class="toc">' + "".join(f"<div><b>{esc(t)}</b><span>{esc(pn)}</span></div>" for t, pn in g["toc"]) + "</div>"
    docs = ""
    for t, ps in g["docs"]:
        docs += f'<div class="brk"></div><div class="hdr"><span>{esc(g["name"])}</span><span>{esc(g["issue_short"])}</span></div><h3>{esc(t)}</h3>{paras(ps)}'
    return doc(g["name"], GAZETTE_CSS, cover + toc + docs)
