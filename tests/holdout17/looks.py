"""Hold-out 17 (大厂回族自治县): the page designs only this hold-out uses.

Desktop designs (desk):
  "lanting"  a dark-teal / gold county portal: arch-band header, white nav with a gold rule, left 栏目
             menu, left-aligned title with a gold bar and one of four meta forms (labelled 发布时间 band,
             `日期：` line, unlabelled `date · unit` byline, or only 来源 with a light date at the foot);
  "gkpt"     a graphite / lime 政府信息公开平台: lime 法定栏目 strip, a LEFT rail holding the 信息属性
             list (索引号 … 成文日期 … 发布日期), list pages as a 序号/名称/文号/日期 table, a tile home page;
  "hudong"   a coral 政民互动 board: letter cards with 留言时间 / 答复时间, statistics pages;
  "jiaoyi"   a navy / yellow 公共资源交易中心 site: framed notice with a bracketed
             【发布时间：…】【信息来源：…】 line.
window() puts a page (by file) into a browser window on a Windows 7 or a UOS (统信) desktop.
Phone pages (phone): WeChat article and account profile, 今日头条 article, 抖音 video, 微博 post, the
“智慧大厂” APP (article and home). Looks of screens and paper: screen_photo, paper_photo (desk or a
公开栏 behind glass), scan (A4 at 150/200/300 dpi). redhead() is a formal document (红头, red seal
over the signature date) for print or images; gazette() a multi-page 政府公报.

Every page function returns (html, (width, height, jpeg quality)).
"""
import html as _h

FONT = "'WenQuanYi Micro Hei','WenQuanYi Zen Hei',sans-serif"


def esc(s):
    return _h.escape(str(s), quote=True)


def doc(title, css, body, charset="utf-8"):
    return (f'<!DOCTYPE html><html lang="zh-CN"><head><meta charset="{charset}"><title>{esc(title)}</title>'
            f'<style>{css}</style></head><body>{body}</body></html>')


def paras(ps):
    out = []
    for x in ps:
        if isinstance(x, tuple):
            cls, t = x
            if cls == "table":
                out.append(table(t))
            elif cls == "html":
                out.append(t)
            else:
                out.append(f'<p class="{cls}">{esc(t)}</p>')
        else:
            out.append(f"<p>{esc(x)}</p>")
    return "".join(out)


def table(rows, head=True):
    h = ""
    for i, r in enumerate(rows):
        tag = "th" if head and i == 0 else "td"
        h += "<tr>" + "".join(f"<{tag}>{esc(c)}</{tag}>" for c in r) + "</tr>"
    return f"<table>{h}</table>"


BASE = f"*{{margin:0;padding:0;box-sizing:border-box}}body{{font-family:{FONT};overflow:hidden;background:#fff}}li{{list-style:none}}"

# ---------------------------------------------------------------------------------------------- lanting
LANTING = BASE + """
body{background:#eef2f1;color:#2b2b2b}
.top{height:30px;line-height:30px;background:#f7f5ee;font-size:12px;color:#6b6b6b;padding:0 6%;border-bottom:1px solid #e4dcc3}
.top span{float:right}
.hd{height:128px;position:relative;padding:26px 6% 0;color:#fff;
 background:repeating-radial-gradient(circle at 50% 130%,rgba(201,162,39,.0) 0 38px,rgba(201,162,39,.22) 39px 41px,rgba(201,162,39,0) 42px 80px),linear-gradient(180deg,#0d5c63,#0a4a50)}
.hd .lg{float:left;width:70px;height:70px;border-radius:35px;border:3px solid #d8b64a;background:radial-gradient(circle,#e9cf6b,#b8901f);margin-right:16px}
.hd .n{font-size:34px;letter-spacing:5px;font-weight:bold;color:#fff8e1;text-shadow:0 2px 3px rgba(0,0,0,.35);padding-top:6px}
.hd .u{font-size:13px;color:#d8c27a;letter-spacing:2px;margin-top:4px}
.hd .s{position:absolute;right:6%;top:44px;width:300px;height:36px;background:#fff;border-radius:2px;color:#aaa;font-size:13px;line-height:36px;padding-left:12px}
.hd .s b{position:absolute;right:0;top:0;width:64px;height:36px;background:#c9a227;color:#fff;text-align:center;font-weight:normal}
.nv{background:#fff;border-bottom:3px solid #c9a227;height:50px;padding:0 6%;display:flex}
.nv a{flex:1;text-align:center;line-height:47px;font-size:17px;color:#0d5c63}
.nv a.on{background:#0d5c63;color:#fff}
.wrap{display:flex;padding:16px 6% 20px;gap:16px}
.menu{width:230px;background:#fff;border-top:4px solid #0d5c63;align-self:flex-start}
.menu h3{height:48px;line-height:48px;text-align:center;color:#fff;background:#127078;font-size:18px;font-weight:normal;letter-spacing:3px}
.menu li{height:44px;line-height:44px;padding-left:26px;border-bottom:1px solid #ecece6;font-size:15px;color:#444}
.menu li.on{color:#b48a12;background:#fbf6e4;border-left:4px solid #c9a227}
.main{flex:1;background:#fff;padding:18px 34px 28px;min-height:760px}
.crumb{font-size:13px;color:#8a8a8a;padding-bottom:10px;border-bottom:1px solid #eee;margin-bottom:18px}
.crumb b{color:#0d5c63;font-weight:normal}
h1{font-size:24px;line-height:36px;color:#1d1d1d;border-left:5px solid #c9a227;padding-left:14px;margin-bottom:12px}
.sub{font-size:15px;color:#555;padding-left:19px;margin:-6px 0 10px}
.band{background:#eef6f5;border:1px solid #d3e6e3;font-size:13px;color:#5d6d6b;padding:7px 14px;margin-bottom:18px}
.band i{font-style:normal;margin-right:28px}
.byl{font-size:13px;color:#9aa3a2;padding-left:19px;margin-bottom:18px}
.art p{font-size:16px;line-height:30px;text-indent:2em;margin-bottom:8px;text-align:justify}
.art p.r{text-align:right;text-indent:0}
.art p.c{text-align:center;text-indent:0;font-weight:bold}
.art p.n{text-indent:0}
.art table{border-collapse:collapse;width:100%;font-size:13px;margin:8px 0 12px}
.art td,.art th{border:1px solid #b9c9c7;padding:5px 6px;text-align:center}
.art th{background:#e3efed;font-weight:normal;color:#0d5c63}
.foot{font-size:13px;color:#aaa;text-align:right;margin-top:16px}
.tools{margin-top:18px;border-top:1px dashed #ddd;padding-top:8px;font-size:13px;color:#888;text-align:right}
.rel{margin-top:20px}
.rel h4{font-size:15px;color:#0d5c63;border-bottom:2px solid #0d5c63;display:inline-block;padding-bottom:4px;margin-bottom:6px}
.rel li{font-size:14px;line-height:30px;display:flex;border-bottom:1px dotted #ddd}
.rel li b{flex:1;font-weight:normal}
.rel li i{font-style:normal;color:#999}
.lt{width:100%;border-collapse:collapse}
.lt td{height:46px;border-bottom:1px dashed #dcdcdc;font-size:15px}
.lt td.d{width:120px;text-align:right;color:#8c8c8c}
.lt td.t:before{content:'';display:inline-block;width:6px;height:6px;background:#c9a227;margin-right:10px;vertical-align:middle}
.ltitle{font-size:19px;color:#0d5c63;border-bottom:2px solid #0d5c63;padding-bottom:8px;margin-bottom:6px}
.intro{background:#fbf6e4;border:1px solid #eadba5;padding:10px 14px;font-size:14px;line-height:26px;margin:8px 0}
.pg{text-align:center;font-size:13px;color:#666;margin-top:18px}
.pg b{display:inline-block;border:1px solid #ccc;padding:2px 9px;margin:0 2px;font-weight:normal}
.pg b.on{background:#0d5c63;color:#fff;border-color:#0d5c63}
.ft{background:#0a4a50;color:#b9d2cf;font-size:13px;line-height:24px;text-align:center;padding:18px 0}
.org{display:grid;grid-template-columns:130px 1fr;border:1px solid #d3e6e3;font-size:15px;margin-top:6px}
.org div{padding:10px 12px;border-bottom:1px solid #e6efee;line-height:26px}
.org div.k{background:#eef6f5;color:#0d5c63;text-align:right}
"""


def _lanting(p, w):
    site = p.get("site", "大厂回族自治县人民政府")
    nav = p.get("nav", ["首页", "走进大厂", "政务公开", "政务服务", "政民互动", "专题专栏"])
    on = p.get("on", "政务公开")
    head = (f'<div class="top">{esc(p.get("welcome", "欢迎访问大厂回族自治县人民政府门户网站"))}'
            f'<span>无障碍浏览　|　关怀版　|　繁體　|　手机版</span></div>'
            f'<div class="hd"><div class="lg"></div><div class="n">{esc(site)}</div>'
            f'<div class="u">WWW.DCHZ.GOV.CN</div><div class="s">请输入关键词<b>搜索</b></div></div>'
            '<div class="nv">' + "".join(f'<a class="{"on" if n == on else ""}">{esc(n)}</a>' for n in nav) + '</div>')
    menu = ""
    if p.get("menu"):
        mt, items, cur = p["menu"]
        menu = (f'<div class="menu"><h3>{esc(mt)}</h3><ul>'
                + "".join(f'<li class="{"on" if x == cur else ""}">{esc(x)}</li>' for x in items) + '</ul></div>')
    crumb = '<div class="crumb">您当前的位置：' + " &gt; ".join(
        f"<b>{esc(c)}</b>" if i < len(p["crumb"]) - 1 else esc(c) for i, c in enumerate(p["crumb"])) + '</div>'
    if p.get("listing") is not None:
        intro = "".join(f'<div class="intro">{esc(x)}</div>' for x in p.get("intro", []))
        rows = "".join(f'<tr><td class="t">{esc(t)}</td><td class="d">{esc(d)}</td></tr>' for t, d in p["listing"])
        pager = p.get("pager", "共 86 条记录　每页 15 条")
        main = (f'{crumb}<div class="ltitle">{esc(p["title"])}</div>{intro}<table class="lt">{rows}</table>'
                f'<div class="pg">{esc(pager)}　<b>首页</b><b>上一页</b><b class="on">1</b><b>2</b><b>3</b><b>下一页</b><b>尾页</b></div>')
    elif p.get("org") is not None:
        cells = "".join(f'<div class="k">{esc(k)}</div><div>{esc(v)}</div>' for k, v in p["org"])
        main = f'{crumb}<h1>{esc(p["title"])}</h1><div class="org">{cells}</div>'
    else:
        mode = p.get("meta", "label")
        src = p.get("src", "县政府办")
        date = p.get("date", "")
        if mode == "label":
            meta = (f'<div class="band"><i>发布时间：{esc(date)}</i><i>信息来源：{esc(src)}</i>'
                    f'<i>阅读次数：{esc(p.get("views", 1206))}</i><i>【字号 大 中 小】</i></div>')
        elif mode == "riqi":
            meta = f'<div class="band"><i>日期：{esc(date)}</i><i>来源：{esc(src)}</i><i>【打印本页】【关闭窗口】</i></div>'
        elif mode == "byline":
            meta = f'<div class="byl">{esc(date)}　·　{esc(src)}</div>'
        else:   # foot: only the source on top, the date light at the foot of the article
            meta = f'<div class="band"><i>来源：{esc(src)}</i><i>作者：{esc(p.get("author", "综合"))}</i><i>【字号 大 中 小】</i></div>'
        sub = f'<div class="sub">{esc(p["subtitle"])}</div>' if p.get("subtitle") else ""
        foot = f'<div class="foot">{esc(date)}</div>' if mode == "foot" else ""
        rel = ""
        if p.get("related"):
            rt, rl = p["related"]
            rel = (f'<div class="rel"><h4>{esc(rt)}</h4><ul>'
                   + "".join(f'<li><b>{esc(t)}</b><i>{esc(d)}</i></li>' for t, d in rl) + '</ul></div>')
        main = (f'{crumb}<h1>{esc(p["title"])}</h1>{sub}{meta}<div class="art">{paras(p["paras"])}</div>{foot}'
                f'<div class="tools">【分享到：微信 微博】　【打印】　【关闭】</div>{rel}')
    ft = ('<div class="ft">主办：大厂回族自治县人民政府办公室　承办：大厂回族自治县融媒体中心<br>'
          '网站标识码：1310280017　冀ICP备05011728号　冀公网安备 13102802000173号</div>')
    return f'{head}<div class="wrap">{menu}<div class="main">{main}</div></div>{ft}'


# ---------------------------------------------------------------------------------------------- gkpt
GKPT = BASE + """
body{background:#f2f3f1;color:#303336}
.hd{height:96px;background:#2f3438;display:flex;align-items:center;padding:0 4%}
.hd .em{width:54px;height:54px;background:conic-gradient(#8bc34a 0 25%,#7cb342 0 50%,#9ccc65 0 75%,#689f38 0);transform:rotate(45deg);margin-right:24px;border:3px solid #dfe9d0}
.hd .n{color:#fff;font-size:28px;letter-spacing:3px}
.hd .n small{display:block;font-size:12px;color:#a4c77a;letter-spacing:1px;margin-top:3px}
.hd .q{margin-left:auto;font-size:13px;color:#c6cbc9}
.hd .q a{margin-left:18px;color:#c6cbc9}
.tabs{background:#7cb342;display:flex;padding:0 4%}
.tabs a{padding:0 20px;height:42px;line-height:42px;color:#fff;font-size:15px}
.tabs a.on{background:#f2f3f1;color:#33691e;font-weight:bold}
.loc{padding:10px 4%;font-size:13px;color:#777}
.body{display:flex;padding:0 4% 24px;gap:18px}
.rail{width:300px;align-self:flex-start;background:#fff;border:1px solid #dfe3dc}
.rail h3{background:#3b4045;color:#cfe7b0;font-size:15px;font-weight:normal;padding:10px 14px}
.rail dl{padding:6px 14px 12px}
.rail dt{font-size:12px;color:#8a918d;margin-top:9px}
.rail dd{font-size:14px;color:#222;border-bottom:1px solid #eef0ec;padding:3px 0 6px;word-break:break-all}
.rail .tree li{padding:9px 16px;border-bottom:1px solid #eef0ec;font-size:14px}
.rail .tree li.on{background:#f1f8e9;color:#33691e;border-left:3px solid #7cb342}
.doc{flex:1;background:#fff;border:1px solid #dfe3dc;padding:26px 40px 30px;min-height:780px}
.doc h1{font-size:23px;text-align:center;line-height:36px;margin-bottom:18px;color:#1f2326}
.doc .bar{height:4px;background:linear-gradient(90deg,#7cb342 0 80px,#e3e7df 80px);margin-bottom:18px}
.doc p{font-size:16px;line-height:30px;text-indent:2em;margin-bottom:8px;text-align:justify}
.doc p.r{text-align:right;text-indent:0}
.doc p.c{text-align:center;text-indent:0;font-weight:bold}
.doc p.n{text-indent:0}
.doc table{border-collapse:collapse;width:100%;font-size:13px;margin:8px 0 12px}
.doc td,.doc th{border:1px solid #c7cfc0;padding:5px 6px;text-align:center}
.doc th{background:#f1f8e9;font-weight:normal}
.att{margin-top:16px;font-size:14px;color:#33691e}
.att div{margin-top:6px;color:#1565c0}
.lt{width:100%;border-collapse:collapse;font-size:14px}
.lt th{background:#f1f8e9;color:#33691e;font-weight:normal;padding:9px 6px;border-bottom:2px solid #7cb342}
.lt td{padding:10px 6px;border-bottom:1px solid #eceeea;text-align:center;color:#555}
.lt td.t{text-align:left;color:#222}
.pg{text-align:right;font-size:13px;color:#777;margin-top:16px}
.tiles{display:grid;grid-template-columns:repeat(4,1fr);gap:14px;margin-top:8px}
.tiles div{height:92px;background:#fff;border:1px solid #dfe3dc;border-top:4px solid #7cb342;padding:14px;font-size:16px;color:#2f3438}
.tiles div small{display:block;color:#999;font-size:12px;margin-top:8px}
.ft{background:#2f3438;color:#9aa19d;font-size:12px;line-height:22px;text-align:center;padding:14px 0}
"""


def _gkpt(p, w):
    tabs = p.get("tabs", ["首页", "信息公开指南", "信息公开制度", "法定主动公开内容", "信息公开年报", "依申请公开", "政策解读"])
    on = p.get("on", "法定主动公开内容")
    head = ('<div class="hd"><div class="em"></div><div class="n">大厂回族自治县政府信息公开平台'
            '<small>xxgk.dchz.gov.cn　政府信息公开专栏</small></div>'
            '<div class="q"><a>县政府门户网站</a><a>无障碍</a><a>高级检索</a></div></div>'
            '<div class="tabs">' + "".join(f'<a class="{"on" if t == on else ""}">{esc(t)}</a>' for t in tabs) + '</div>'
            f'<div class="loc">当前位置：{esc(" » ".join(p["crumb"]))}</div>')
    if p.get("tiles") is not None:
        tiles = "".join(f'<div>{esc(t)}<small>{esc(s)}</small></div>' for t, s in p["tiles"])
        tree = "".join(f'<li>{esc(x)}</li>' for x in p.get("tree", []))
        main = (f'<div class="rail"><h3>公开目录</h3><ul class="tree">{tree}</ul></div>'
                f'<div class="doc"><h1>{esc(p["title"])}</h1><div class="bar"></div>'
                + "".join(f'<p class="n">{esc(x)}</p>' for x in p.get("intro", []))
                + f'<div class="tiles">{tiles}</div></div>')
    elif p.get("listing") is not None:
        cols = p.get("cols", ["序号", "信息名称", "文号", "发布日期"])
        rows = "".join("<tr>" + "".join(f'<td class="{"t" if j == 1 else ""}">{esc(c)}</td>' for j, c in enumerate(r)) + "</tr>"
                       for r in p["listing"])
        tree = "".join(f'<li class="{"on" if x == p.get("tree_on") else ""}">{esc(x)}</li>' for x in p.get("tree", []))
        intro = "".join(f'<p class="n">{esc(x)}</p>' for x in p.get("intro", []))
        main = (f'<div class="rail"><h3>公开目录</h3><ul class="tree">{tree}</ul></div>'
                f'<div class="doc"><h1 style="text-align:left;font-size:20px">{esc(p["title"])}</h1><div class="bar"></div>{intro}'
                '<table class="lt"><tr>' + "".join(f"<th>{esc(c)}</th>" for c in cols) + f'</tr>{rows}</table>'
                f'<div class="pg">{esc(p.get("pager", "共 42 条　第 1/3 页　上一页 下一页"))}</div></div>')
    else:
        attrs = p.get("attrs", [])
        dl = "".join(f"<dt>{esc(k)}</dt><dd>{esc(v)}</dd>" for k, v in attrs)
        att = ""
        if p.get("attach"):
            att = '<div class="att">附件：' + "".join(f"<div>{esc(a)}</div>" for a in p["attach"]) + '</div>'
        main = (f'<div class="rail"><h3>信息属性</h3><dl>{dl}</dl></div>'
                f'<div class="doc"><h1>{esc(p["title"])}</h1><div class="bar"></div>{paras(p["paras"])}{att}</div>')
    ft = '<div class="ft">大厂回族自治县人民政府办公室主办　政府信息公开平台由县政务公开办维护　网站标识码：1310280017</div>'
    return f'{head}<div class="body">{main}</div>{ft}'


# ---------------------------------------------------------------------------------------------- hudong
HUDONG = BASE + """
body{background:#fbf4f2;color:#333}
.hd{height:86px;background:linear-gradient(90deg,#e2574c,#f08a5d);color:#fff;padding:0 5%;display:flex;align-items:center}
.hd .n{font-size:26px;letter-spacing:2px}
.hd .n small{font-size:15px;margin-left:12px;padding:3px 10px;border:1px solid rgba(255,255,255,.7);border-radius:14px}
.hd .u{margin-left:auto;font-size:13px;opacity:.9}
.tb{background:#fff;display:flex;padding:0 5%;border-bottom:1px solid #f0d6d1}
.tb a{padding:0 22px;height:48px;line-height:48px;font-size:16px;color:#555}
.tb a.on{color:#e2574c;border-bottom:3px solid #e2574c}
.cnt{padding:18px 5% 26px}
.card{background:#fff;border:1px solid #f0d6d1;border-radius:6px;margin-bottom:16px;overflow:hidden}
.card h2{font-size:20px;padding:14px 20px;border-bottom:1px solid #f5e4e0;color:#222}
.kv{display:grid;grid-template-columns:120px 1fr 120px 1fr;font-size:14px}
.kv div{padding:9px 12px;border-bottom:1px solid #f7ebe8}
.kv div.k{background:#fdf1ee;color:#b2473d;text-align:right}
.tx{padding:14px 20px;font-size:15px;line-height:28px}
.tx p{text-indent:2em;margin-bottom:6px}
.tx table{border-collapse:collapse;width:100%;font-size:13px;margin:6px 0}
.tx td,.tx th{border:1px solid #efc9c2;padding:5px;text-align:center}
.tx th{background:#fdf1ee;font-weight:normal}
.rep{border-top:3px solid #e2574c}
.rep h3{font-size:16px;color:#fff;background:#e2574c;display:inline-block;padding:5px 16px;border-radius:0 0 8px 0}
.stat{font-size:13px;color:#999;padding:0 20px 12px}
.ft{text-align:center;font-size:12px;color:#b08a84;padding:10px}
"""


def _hudong(p, w):
    tabs = p.get("tabs", ["县长信箱", "网上咨询", "我为政府网站找错", "留言选登", "办理统计"])
    on = p.get("on", "县长信箱")
    head = ('<div class="hd"><div class="n">大厂回族自治县人民政府<small>政民互动</small></div>'
            '<div class="u">咨询电话：0316-8863102　　返回门户首页</div></div>'
            '<div class="tb">' + "".join(f'<a class="{"on" if t == on else ""}">{esc(t)}</a>' for t in tabs) + '</div>')
    body = ""
    for c in p["cards"]:
        kv = ""
        if c.get("kv"):
            kv = '<div class="kv">' + "".join(f'<div class="k">{esc(k)}</div><div>{esc(v)}</div>' for k, v in c["kv"]) + '</div>'
        cls = "card rep" if c.get("reply") else "card"
        h = f'<h3>{esc(c["h3"])}</h3>' if c.get("h3") else ""
        h2 = f'<h2>{esc(c["title"])}</h2>' if c.get("title") else ""
        stat = f'<div class="stat">{esc(c["stat"])}</div>' if c.get("stat") else ""
        body += f'<div class="{cls}">{h}{h2}{kv}<div class="tx">{paras(c.get("paras", []))}</div>{stat}</div>'
    return f'{head}<div class="cnt">{body}</div><div class="ft">大厂回族自治县人民政府办公室　版权所有</div>'


# ---------------------------------------------------------------------------------------------- jiaoyi
JIAOYI = BASE + """
body{background:#e9edf4;color:#222}
.hd{height:92px;background:#14336b;padding:0 3%;display:flex;align-items:center;border-bottom:4px solid #f5c518}
.hd .n{color:#f5c518;font-size:27px;font-weight:bold;letter-spacing:2px}
.hd .n small{display:block;color:#c7d3ea;font-size:12px;font-weight:normal;letter-spacing:0;margin-top:4px}
.hd .t{margin-left:auto;color:#c7d3ea;font-size:13px}
.nv{background:#1d438a;display:flex;padding:0 3%}
.nv a{color:#fff;font-size:15px;padding:0 24px;line-height:42px}
.nv a.on{background:#f5c518;color:#14336b;font-weight:bold}
.cnt{padding:14px 3% 24px}
.loc{font-size:13px;color:#56627a;margin-bottom:10px}
.box{background:#fff;border:1px solid #c7d0e0;padding:22px 46px 30px;min-height:720px}
.box h1{font-size:22px;text-align:center;color:#14336b;line-height:34px}
.box .mt{text-align:center;font-size:13px;color:#6a7690;margin:10px 0 16px;padding-bottom:12px;border-bottom:1px solid #d9dfea}
.box .mt span{margin:0 6px}
.box p{font-size:15px;line-height:28px;text-indent:2em;margin-bottom:6px}
.box p.r{text-align:right;text-indent:0}
.box p.n{text-indent:0}
.box p.h{text-indent:0;font-weight:bold;color:#14336b}
.box table{border-collapse:collapse;width:100%;font-size:13px;margin:8px 0 12px}
.box td,.box th{border:1px solid #aab6cc;padding:5px 6px;text-align:center}
.box th{background:#eef2f9;font-weight:normal}
.lt{width:100%;border-collapse:collapse}
.lt td{border-bottom:1px dotted #c7d0e0;height:40px;font-size:14px}
.lt td.d{text-align:right;color:#6a7690;width:120px}
.ft{background:#14336b;color:#9fb0d0;font-size:12px;text-align:center;padding:12px 0}
"""


def _jiaoyi(p, w):
    nav = p.get("nav", ["首页", "交易公告", "结果公示", "国有产权", "土地矿业权", "政策法规", "信用信息", "服务指南"])
    on = p.get("on", "交易公告")
    head = ('<div class="hd"><div class="n">大厂回族自治县公共资源交易中心<small>DACHANG PUBLIC RESOURCES TRADING CENTER</small></div>'
            '<div class="t">服务热线：0316-8862217</div></div>'
            '<div class="nv">' + "".join(f'<a class="{"on" if n == on else ""}">{esc(n)}</a>' for n in nav) + '</div>')
    loc = f'<div class="loc">当前位置：{esc(" > ".join(p["crumb"]))}</div>'
    if p.get("listing") is not None:
        rows = "".join(f'<tr><td>{esc(t)}</td><td class="d">{esc(d)}</td></tr>' for t, d in p["listing"])
        main = f'<div class="box"><h1 style="text-align:left;font-size:18px">{esc(p["title"])}</h1><div class="mt"></div><table class="lt">{rows}</table></div>'
    else:
        mt = "".join(f"<span>【{esc(m)}】</span>" for m in p.get("meta", []))
        main = f'<div class="box"><h1>{esc(p["title"])}</h1><div class="mt">{mt}</div>{paras(p["paras"])}</div>'
    return f'{head}<div class="cnt">{loc}{main}</div><div class="ft">大厂回族自治县公共资源交易中心　地址：大厂镇华安路8号</div>'


DESIGNS = {"lanting": (LANTING, _lanting), "gkpt": (GKPT, _gkpt), "hudong": (HUDONG, _hudong), "jiaoyi": (JIAOYI, _jiaoyi)}


def desk(design, p, w=1366, h=900, q=80, zoom=1.0, charset="utf-8"):
    css, fn = DESIGNS[design]
    css = css + f"body{{width:{int(w / zoom)}px}}" + (f"html{{zoom:{zoom}}}" if zoom != 1.0 else "")
    return doc(p.get("tab", p.get("title", "")), css, fn(p, w), charset), (w, h, q)


# ---------------------------------------------------------------------------------------------- window
WINDOW = BASE + """
html,body{width:%(w)spx;height:%(h)spx;background:#222}
.bw{position:absolute;left:0;top:0;right:0;bottom:%(tb)spx;background:#fff}
.tt{height:34px;background:%(tt)s;display:flex;align-items:flex-end;padding-left:8px}
.tt .tab{background:#fff;height:28px;width:230px;border-radius:6px 6px 0 0;font-size:12px;line-height:28px;padding:0 10px;white-space:nowrap;overflow:hidden;color:#333}
.tt .tab2{height:28px;width:190px;font-size:12px;line-height:28px;padding:0 10px;color:#555;white-space:nowrap;overflow:hidden}
.tt .ctl{margin-left:auto;color:#444;font-size:14px;padding:0 14px 6px;letter-spacing:16px}
.ab{height:38px;border-bottom:1px solid #d3d3d3;display:flex;align-items:center;padding:0 10px;font-size:13px;background:#fafafa}
.ab .nb{color:#777;letter-spacing:10px}
.ab .u{flex:1;height:28px;line-height:28px;border:1px solid #cfcfcf;border-radius:3px;background:#fff;padding:0 10px;margin-left:8px;color:#222}
.ab .u em{font-style:normal;color:#2e7d32;margin-right:6px}
.vw{position:absolute;top:72px;left:0;right:0;bottom:0;overflow:hidden}
.vw iframe{border:0;width:%(iw)spx;height:%(ih)spx}
.w7{position:absolute;left:0;right:0;bottom:0;height:40px;background:linear-gradient(180deg,rgba(80,120,160,.95),rgba(20,45,80,.97));border-top:1px solid #9cc}
.w7 .orb{position:absolute;left:6px;top:2px;width:36px;height:36px;border-radius:18px;background:radial-gradient(circle at 40% 35%,#9fe,#1a6ab0 60%,#0b3a6b)}
.w7 .ic{position:absolute;top:3px;width:54px;height:34px;border-radius:3px;background:rgba(255,255,255,.16);border:1px solid rgba(255,255,255,.25)}
.w7 .ck{position:absolute;right:12px;top:3px;color:#fff;font-size:12px;line-height:17px;text-align:center}
.uos{position:absolute;left:50%%;bottom:4px;width:820px;margin-left:-410px;height:56px;border-radius:14px;background:rgba(235,238,242,.88);box-shadow:0 2px 10px rgba(0,0,0,.3)}
.uos .ic{position:absolute;top:8px;width:40px;height:40px;border-radius:10px}
.uos .ck{position:absolute;right:16px;top:9px;font-size:13px;line-height:19px;color:#222;text-align:right}
"""


def window(inner_path, w, h, fr, q=78):
    """A browser window around a rendered page (by file). fr: url, tab, tab2, os ('win7' or 'uos'),
    clock (time, date) or None, inner (iframe width, height)."""
    os_ = fr.get("os", "win7")
    tb = 40 if os_ == "win7" else 64
    iw, ih = fr.get("inner", (w, 2000))
    css = WINDOW
    for k, v in {"w": w, "h": h, "tb": tb, "iw": iw, "ih": ih, "tt": "#dfe3e8" if os_ == "win7" else "#f0f0f0"}.items():
        css = css.replace(f"%({k})s", str(v))
    css = css.replace("%%", "%")
    if os_ == "uos":
        css += ".bw{bottom:0}"
    tab2 = f'<div class="tab2">{esc(fr.get("tab2", "新标签页"))}</div>'
    page = (f'<div class="bw"><div class="tt"><div class="tab">{esc(fr["tab"])}</div>{tab2}<div class="ctl">— ☐ ✕</div></div>'
            f'<div class="ab"><span class="nb">← → ↻</span><div class="u"><em>{esc(fr.get("lock", "不安全"))}</em>{esc(fr["url"])}</div></div>'
            f'<div class="vw"><iframe src="file://{inner_path}" scrolling="no"></iframe></div></div>')
    clock = fr.get("clock")
    if os_ == "win7":
        ics = "".join(f'<div class="ic" style="left:{60 + i * 60}px"></div>' for i in range(4))
        ck = f'<div class="ck">{esc(clock[0])}<br>{esc(clock[1])}</div>' if clock else ""
        page += f'<div class="w7"><div class="orb"></div>{ics}{ck}</div>'
    else:
        cols = ["#2f80ed", "#27ae60", "#f2994a", "#eb5757", "#9b51e0", "#56ccf2", "#219653"]
        ics = "".join(f'<div class="ic" style="left:{16 + i * 52}px;background:{c}"></div>' for i, c in enumerate(cols))
        ck = f'<div class="ck">{esc(clock[0])}<br>{esc(clock[1])}</div>' if clock else ""
        page += f'<div class="uos">{ics}{ck}</div>'
    return doc(fr["tab"], css, page), (w, h, q)


# ---------------------------------------------------------------------------------------------- phone
PHONE = BASE + """
html{zoom:%(z)s}
body{width:375px;background:#fff;color:#222}
.sb{height:22px;line-height:22px;font-size:12px;padding:0 14px;font-weight:bold;display:flex}
.sb span{margin-left:auto;font-weight:normal}
.wxt{height:44px;display:flex;align-items:center;padding:0 14px;font-size:20px;color:#111;border-bottom:1px solid #eee;background:#f7f7f7}
.wxt b{margin-left:auto;font-weight:bold;letter-spacing:2px}
.wx{padding:18px 16px 26px}
.wx h2{font-size:21px;line-height:30px;font-weight:bold;margin-bottom:10px}
.wx .by{font-size:14px;color:rgba(0,0,0,.35);margin-bottom:18px}
.wx .by .og{background:#f2f2f2;color:#888;font-size:12px;padding:1px 4px;margin-right:6px}
.wx .by a{color:#576b95;margin-right:8px}
.wx p{font-size:16px;line-height:28px;margin-bottom:14px;color:#333;text-align:justify}
.wx p.c{text-align:center;font-weight:bold;color:#0d5c63}
.wx .pic{height:170px;margin:2px 0 14px;display:flex;align-items:center;justify-content:center;color:#fff;font-size:19px;font-weight:bold;text-align:center;padding:0 16px}
.wx table{border-collapse:collapse;width:100%;font-size:12px;margin:4px 0 12px}
.wx td,.wx th{border:1px solid #ccc;padding:3px;text-align:center}
.wx .rd{font-size:14px;color:#b2b2b2;display:flex;gap:18px}
.pf{padding:20px 16px 8px;border-bottom:8px solid #f2f2f2}
.pf .av{width:64px;height:64px;border-radius:8px;background:#0d5c63;color:#f2d98a;font-size:15px;line-height:64px;text-align:center;float:right}
.pf .nm{font-size:22px;font-weight:bold;margin-top:6px}
.pf .ds{font-size:14px;color:#888;line-height:22px;margin-top:6px;clear:both;padding-top:8px}
.pf .bt{display:flex;gap:10px;margin-top:14px}
.pf .bt span{flex:1;text-align:center;height:38px;line-height:38px;border-radius:4px;background:#f2f2f2;font-size:15px}
.pf .bt span.g{background:#07c160;color:#fff}
.ml{padding:0 16px}
.ml .it{display:flex;padding:12px 0;border-bottom:1px solid #f0f0f0}
.ml .it b{flex:1;font-weight:normal;font-size:16px;line-height:24px}
.ml .it b small{display:block;color:#b2b2b2;font-size:12px;margin-top:4px}
.ml .it i{width:70px;height:56px;margin-left:12px;border-radius:3px}
.tt{height:44px;background:#f04142;color:#fff;display:flex;align-items:center;padding:0 14px;font-size:17px}
.tt b{margin-left:auto;font-weight:normal;font-size:14px}
.ta{padding:16px 16px 26px}
.ta h2{font-size:22px;line-height:32px;margin-bottom:14px}
.ta .au{display:flex;align-items:center;margin-bottom:16px}
.ta .au .a{width:36px;height:36px;border-radius:18px;background:#1e88e5;color:#fff;text-align:center;line-height:36px;font-size:12px;margin-right:10px}
.ta .au div{flex:1;font-size:14px;line-height:20px}
.ta .au div.a{flex:none}
.ta .au div small{display:block;color:#999;font-size:12px}
.ta .au span{background:#f04142;color:#fff;font-size:13px;padding:4px 12px;border-radius:4px}
.ta p{font-size:17px;line-height:30px;margin-bottom:14px}
.ta .pic{height:190px;margin-bottom:14px;display:flex;align-items:center;justify-content:center;color:#fff;font-size:18px}
.dy{background:#111;color:#fff;height:100%%;position:relative}
.dy .vd{position:absolute;left:0;right:0;top:0;bottom:0}
.dy .cap{position:absolute;left:14px;right:70px;bottom:70px;font-size:15px;line-height:23px;text-shadow:0 1px 2px #000}
.dy .cap b{font-size:17px;display:block;margin-bottom:6px}
.dy .cap small{color:rgba(255,255,255,.75);font-size:14px}
.dy .side{position:absolute;right:12px;bottom:120px;width:48px;text-align:center;font-size:12px}
.dy .side div{width:44px;height:44px;border-radius:22px;background:rgba(255,255,255,.85);margin:18px auto 4px}
.dy .nav{position:absolute;left:0;right:0;bottom:0;height:52px;border-top:1px solid #333;display:flex;justify-content:space-around;line-height:52px;font-size:15px;color:#ccc}
.dy .tabs{position:absolute;top:34px;left:0;right:0;text-align:center;font-size:16px;color:#ddd}
.dy .tabs b{color:#fff;border-bottom:2px solid #fff;padding-bottom:4px;margin:0 10px}
.wb{padding:14px 14px 10px;border-bottom:8px solid #f4f4f4}
.wb .hd{display:flex;align-items:center}
.wb .av{width:42px;height:42px;border-radius:21px;background:#0d5c63;color:#fff;text-align:center;line-height:42px;font-size:12px;margin-right:10px}
.wb .nm{font-size:16px;color:#f86e1e;font-weight:bold}
.wb .nm u{text-decoration:none;color:#fff;background:#f6b42b;border-radius:8px;font-size:10px;padding:0 3px;margin-left:3px}
.wb .tm{font-size:12px;color:#999;margin-top:2px}
.wb .tx{font-size:16px;line-height:26px;padding-top:10px}
.wb .tx a{color:#507daf}
.wb .im{display:grid;grid-template-columns:1fr 1fr 1fr;gap:4px;margin-top:8px}
.wb .im div{height:104px}
.wb .ops{display:flex;justify-content:space-around;color:#888;font-size:13px;margin-top:12px}
.cm{padding:10px 14px;border-bottom:1px solid #f0f0f0;font-size:14px;line-height:22px}
.cm span{color:#507daf}
.cm small{display:block;color:#aaa;font-size:12px}
.ap{background:#0d5c63;height:48px;color:#fff;display:flex;align-items:center;padding:0 14px;font-size:17px}
.ap b{margin-left:auto;font-weight:normal;font-size:13px;opacity:.85}
.aa{padding:16px 16px 24px}
.aa h2{font-size:20px;line-height:30px;margin-bottom:8px}
.aa .mt{font-size:13px;color:#999;margin-bottom:14px;padding-bottom:10px;border-bottom:1px solid #eee}
.aa p{font-size:16px;line-height:28px;text-indent:2em;margin-bottom:10px;text-align:justify}
.aa p.c{text-indent:0;text-align:center;font-weight:bold;color:#0d5c63}
.aa .pic{height:160px;margin-bottom:12px;display:flex;align-items:center;justify-content:center;color:#fff;font-size:18px;font-weight:bold}
.aa table{border-collapse:collapse;width:100%;font-size:12px;margin:4px 0 12px}
.aa td,.aa th{border:1px solid #ccc;padding:3px;text-align:center}
.ah .bn{height:150px;background:linear-gradient(135deg,#0d5c63,#2aa198);color:#f2d98a;font-size:22px;padding:40px 18px;font-weight:bold}
.ah .gd{display:grid;grid-template-columns:repeat(4,1fr);gap:12px 0;padding:16px 6px;text-align:center;font-size:13px;color:#444;border-bottom:8px solid #f3f3f3}
.ah .gd div:before{content:'';display:block;width:40px;height:40px;border-radius:12px;margin:0 auto 6px;background:var(--c)}
.ah .ns{padding:4px 16px}
.ah .ns h4{font-size:16px;padding:10px 0;border-bottom:2px solid #0d5c63;display:inline-block}
.ah .ns li{font-size:15px;line-height:22px;padding:10px 0;border-bottom:1px solid #eee}
.ah .ns li small{display:block;color:#aaa;font-size:12px;margin-top:3px}
.ah .tb{position:absolute;bottom:0;left:0;right:0;height:52px;border-top:1px solid #ddd;display:flex;justify-content:space-around;font-size:12px;color:#777;padding-top:30px;background:#fff}
"""

PICS = {"teal": "linear-gradient(135deg,#2aa198,#0d5c63)", "red": "linear-gradient(135deg,#e35d5b,#b71c1c)",
        "blue": "linear-gradient(135deg,#64b5f6,#1565c0)", "green": "linear-gradient(135deg,#9ccc65,#33691e)",
        "gold": "linear-gradient(135deg,#f2c94c,#c48a12)", "grey": "linear-gradient(135deg,#90a4ae,#455a64)",
        "orange": "linear-gradient(135deg,#ffb74d,#e65100)"}


def _pic(k, cls="pic"):
    if not k.get("pic"):
        return ""
    txt, col = k["pic"]
    return f'<div class="{cls}" style="background:{PICS[col]}">{esc(txt)}</div>'


def phone(kind, w, k, h=None, q=80, clock="10:24"):
    """kind: wechat, wxprofile, toutiao, douyin, weibo, app, apphome. The page is laid out 375 wide
    and zoomed to w."""
    z = w / 375
    h = h or int(812 * z)
    css = PHONE.replace("%(z)s", f"{z:.4f}")
    css = css.replace("%%", "%")
    sb = f'<div class="sb">{esc(clock)}<span>{esc(k.get("net", "4G　▮▮▮　86%"))}</span></div>'
    if kind == "wechat":
        og = '<span class="og">原创</span>' if k.get("original", True) else ""
        by = f'<div class="by">{og}<a>{esc(k["account"])}</a>{esc(k.get("byline", ""))}</div>'
        page = (f'{sb}<div class="wxt">✕<b>···</b></div><div class="wx"><h2>{esc(k["title"])}</h2>{by}{_pic(k)}'
                f'{paras(k["paras"])}<div class="rd"><span>{esc(k.get("reads", "阅读 2341"))}</span><span>赞 37</span><span>在看 9</span></div></div>')
    elif kind == "wxprofile":
        its = "".join(f'<div class="it"><b>{esc(t)}<small>{esc(s)}</small></b><i style="background:{PICS[c]}"></i></div>'
                      for t, s, c in k["items"])
        page = (f'{sb}<div class="wxt">‹<b>···</b></div><div class="pf"><div class="av">{esc(k["logo"])}</div>'
                f'<div class="nm">{esc(k["account"])}</div><div class="ds">{esc(k["intro"])}</div>'
                f'<div class="ds">{esc(k.get("owner", ""))}</div>'
                '<div class="bt"><span class="g">已关注</span><span>发消息</span></div></div>'
                f'<div class="ml">{its}</div>')
    elif kind == "toutiao":
        page = (f'{sb}<div class="tt">‹　头条号文章<b>搜索</b></div><div class="ta"><h2>{esc(k["title"])}</h2>'
                f'<div class="au"><div class="a">{esc(k["logo"])}</div><div>{esc(k["account"])}<small>{esc(k["byline"])}</small></div><span>关注</span></div>'
                f'{_pic(k)}{paras(k["paras"])}</div>')
    elif kind == "douyin":
        vd = f'<div class="vd" style="background:{PICS[k.get("col", "grey")]};opacity:.75"></div>'
        big = f'<div style="position:absolute;top:250px;left:0;right:0;text-align:center;font-size:26px;font-weight:bold;text-shadow:0 2px 4px #000">{esc(k.get("big", ""))}</div>'
        side = "".join(f'<div></div>{esc(n)}' for n in k.get("counts", ["2.1w", "386", "收藏", "分享"]))
        sbw = sb.replace('class="sb"', 'class="sb" style="position:relative;color:#fff"')
        page = (f'<div class="dy" style="height:812px">{vd}{sbw}'
                f'<div class="tabs">同城　<b>推荐</b>　关注</div>{big}<div class="side">{side}</div>'
                f'<div class="cap"><b>@{esc(k["account"])}</b>{esc(k["text"])}<br><small>{esc(k["byline"])}</small></div>'
                '<div class="nav"><span>首页</span><span>朋友</span><span>＋</span><span>消息</span><span>我</span></div></div>')
    elif kind == "weibo":
        posts = ""
        for p in k["posts"]:
            im = ""
            if p.get("imgs"):
                im = '<div class="im">' + "".join(f'<div style="background:{PICS[c]}"></div>' for c in p["imgs"]) + '</div>'
            posts += (f'<div class="wb"><div class="hd"><div class="av">{esc(p.get("av", "大厂"))}</div><div>'
                      f'<div class="nm">{esc(p["name"])}<u>V</u></div><div class="tm">{esc(p["time"])}</div></div></div>'
                      f'<div class="tx">{p["text"]}</div>{im}<div class="ops"><span>转发 {p.get("rt", 18)}</span>'
                      f'<span>评论 {p.get("cm", 6)}</span><span>赞 {p.get("lk", 52)}</span></div></div>')
        cms = "".join(f'<div class="cm"><span>{esc(n)}</span>：{esc(t)}<small>{esc(tm)}</small></div>' for n, t, tm in k.get("comments", []))
        page = f'{sb}<div class="wxt" style="background:#fff">‹<span style="margin:auto;font-size:17px">微博正文</span></div>{posts}{cms}'
    elif kind == "app":
        page = (f'{sb}<div class="ap">‹　{esc(k.get("app", "智慧大厂"))}<b>分享</b></div><div class="aa"><h2>{esc(k["title"])}</h2>'
                f'<div class="mt">{esc(k["meta"])}</div>{_pic(k)}{paras(k["paras"])}</div>')
    else:  # apphome
        cols = ["#2aa198", "#f2994a", "#eb5757", "#2f80ed", "#9b51e0", "#27ae60", "#f2c94c", "#56ccf2"]
        gd = "".join(f'<div style="--c:{cols[i % 8]}">{esc(t)}</div>' for i, t in enumerate(k["grid"]))
        ns = "".join(f'<li>{esc(t)}<small>{esc(s)}</small></li>' for t, s in k["news"])
        page = (f'{sb}<div class="ah"><div class="bn">{esc(k.get("banner", "智慧大厂 · 掌上政务"))}</div><div class="gd">{gd}</div>'
                f'<div class="ns"><h4>{esc(k.get("news_title", "政务要闻"))}</h4><ul>{ns}</ul></div>'
                '<div class="tb">首页　　　政务　　　办事　　　互动　　　我的</div></div>')
    return doc(k.get("title", "手机"), css, page), (w, h, q)


# ---------------------------------------------------------------------------------------------- photos
def screen_photo(inner_path, pw, ph, w=1200, h=900, rot=-2.0, tilt=8, scale=0.8, q=70, dx=0, dy=0, moire=True, glare=True):
    """A phone photo of a monitor showing a page (by file): bezel, perspective, moiré lines, glare."""
    css = (f"*{{margin:0;padding:0}}html,body{{width:{w}px;height:{h}px;overflow:hidden;"
           "background:linear-gradient(180deg,#4a4f55,#2b2e33 60%,#1c1e21)}"
           f".mon{{position:absolute;left:{(w - pw * scale) / 2 - 22 + dx}px;top:{(h - ph * scale) / 2 - 22 + dy}px;"
           f"width:{pw * scale + 44}px;height:{ph * scale + 44}px;background:#111;border-radius:10px;padding:22px;"
           f"transform:perspective(1600px) rotateY({tilt}deg) rotateX(2deg) rotate({rot}deg);box-shadow:0 20px 40px rgba(0,0,0,.6)}}"
           f".scr{{width:{pw * scale}px;height:{ph * scale}px;overflow:hidden;position:relative}}"
           f".scr iframe{{border:0;width:{pw}px;height:{ph}px;transform:scale({scale});transform-origin:0 0;filter:saturate(.85) brightness(.96)}}"
           ".mo{position:absolute;left:0;top:0;right:0;bottom:0;background:repeating-linear-gradient(81deg,rgba(0,0,0,.05) 0 2px,rgba(255,255,255,.03) 2px 4px)}"
           ".gl{position:absolute;left:0;top:0;right:0;bottom:0;background:radial-gradient(ellipse at 78% 18%,rgba(255,255,255,.33),rgba(255,255,255,0) 42%)}")
    body = (f'<div class="mon"><div class="scr"><iframe src="file://{inner_path}" scrolling="no"></iframe>'
            f'{"<div class=mo></div>" if moire else ""}{"<div class=gl></div>" if glare else ""}</div></div>')
    return doc("photo", css, body), (w, h, q)


def paper_photo(inner_path, w=1200, h=1600, rot=-2.0, glass=False, q=70, scale=1.3, left=90, top=110, pw=794, ph=1123):
    """A phone photo of a printed sheet (by file): on a desk, or pinned in a 公开栏 behind glass."""
    bg = ("linear-gradient(90deg,#9a9fa4,#c9ced3 8%,#aeb3b8 92%,#8a8f94)" if glass else
          "repeating-linear-gradient(88deg,#7b5a3a 0 14px,#86643f 14px 30px,#74543a 30px 41px)")
    frame = ("<div style='position:absolute;left:30px;top:30px;right:30px;bottom:30px;border:18px solid #b9bec4;"
             "box-shadow:inset 0 0 30px rgba(0,0,0,.4)'></div>" if glass else "")
    gl = ("<div style='position:absolute;left:0;top:0;right:0;bottom:0;background:linear-gradient(115deg,rgba(255,255,255,0) 30%,"
          "rgba(255,255,255,.28) 42%,rgba(255,255,255,0) 55%),radial-gradient(ellipse at 20% 80%,rgba(80,110,140,.18),rgba(0,0,0,0) 50%)'></div>"
          if glass else
          "<div style='position:absolute;left:0;top:0;right:0;bottom:0;background:linear-gradient(150deg,rgba(255,255,255,.16),rgba(0,0,0,0) 45%,rgba(0,0,0,.25))'></div>")
    css = (f"*{{margin:0;padding:0}}html,body{{width:{w}px;height:{h}px;overflow:hidden;background:{bg}}}"
           f".sh{{position:absolute;left:{left}px;top:{top}px;width:{pw}px;height:{ph}px;transform:rotate({rot}deg) scale({scale});"
           "transform-origin:0 0;box-shadow:10px 16px 34px rgba(0,0,0,.5);background:#f7f4ec}"
           f".sh iframe{{border:0;width:{pw}px;height:{ph}px;filter:sepia(.12) brightness(.97)}}")
    body = f'{frame}<div class="sh"><iframe src="file://{inner_path}" scrolling="no"></iframe></div>{gl}'
    return doc("photo", css, body), (w, h, q)


SCAN_SIZE = {150: (1240, 1754), 200: (1654, 2339), 300: (2480, 3508)}


def scan(inner_path, dpi=200, rot=0.4, grey=False, q=60):
    """A flatbed scan of an A4 sheet (by file) at dpi; grey=True for a greyscale scan."""
    w, h = SCAN_SIZE[dpi]
    s = w / 794
    flt = "grayscale(1) contrast(1.25)" if grey else "contrast(1.08) saturate(1.1)"
    css = (f"*{{margin:0;padding:0}}html,body{{width:{w}px;height:{h}px;overflow:hidden;background:#fbfbf9}}"
           f".pg{{position:absolute;left:0;top:0;width:794px;height:1123px;transform:scale({s}) rotate({rot}deg);transform-origin:0 0;filter:{flt}}}"
           ".pg iframe{border:0;width:794px;height:1123px}"
           ".ed{position:absolute;left:0;top:0;right:0;bottom:0;background:linear-gradient(90deg,rgba(0,0,0,.09),rgba(0,0,0,0) 3%,rgba(0,0,0,0) 97%,rgba(0,0,0,.07)),"
           "radial-gradient(circle at 31% 62%,rgba(0,0,0,.25) 0 1px,rgba(0,0,0,0) 2px),radial-gradient(circle at 77% 12%,rgba(0,0,0,.3) 0 1px,rgba(0,0,0,0) 2px)}")
    return doc("scan", css, f'<div class="pg"><iframe src="file://{inner_path}" scrolling="no"></iframe></div><div class="ed"></div>'), (w, h, q)


# ---------------------------------------------------------------------------------------------- documents
DOC_CSS = """
*{margin:0;padding:0}
body{font-family:%(font)s;color:#111;background:#fff}
.red{color:#d4141b;text-align:center;font-size:%(rs)s;letter-spacing:%(ls)s;line-height:1.35;font-weight:bold}
.no{text-align:center;font-size:15pt;margin:3mm 0 2mm}
.rl{border-top:2.5px solid #d4141b;margin-bottom:7mm;position:relative}
.rl.star:after{content:'★';color:#d4141b;position:absolute;left:50%%;top:-13px;margin-left:-9px;background:#fff;font-size:16px;padding:0 4px}
h1{font-size:19pt;text-align:center;line-height:1.5;margin:3mm 0 5mm;font-weight:bold}
.st{text-align:center;font-size:13pt;margin:-3mm 0 4mm}
p{font-size:14.5pt;line-height:1.8;text-indent:2em;text-align:justify}
p.n{text-indent:0}
p.r{text-align:right;text-indent:0;padding-right:8mm}
p.c{text-align:center;text-indent:0}
p.h{text-indent:0;font-weight:bold}
table{border-collapse:collapse;width:100%%;font-size:10.5pt;line-height:1.45;margin:3mm 0}
td,th{border:1px solid #000;padding:2px 4px;text-align:center;font-weight:normal}
.sig{position:relative;margin-top:9mm;text-align:right;padding-right:10mm}
.sig p{text-align:right;text-indent:0}
.seal{position:absolute;width:150px;height:150px;mix-blend-mode:multiply;opacity:.86}
.yf{margin-top:12mm;border-top:1px solid #000;border-bottom:1px solid #000;font-size:13pt;padding:1mm 3mm;display:flex;justify-content:space-between}
.after p{font-size:13pt}
.hw{font-family:%(font)s;color:#1a3c8f;font-style:italic;display:inline-block;transform:rotate(-2deg);font-size:1.25em;letter-spacing:1px;margin:0 6px}
"""


def seal_svg(text, color="#e0201d", star=True):
    """A round red seal: ring, text along the upper arc, a star and an optional bottom line."""
    n = len(text)
    fs = 19 if n <= 12 else 16 if n <= 16 else 14
    st = '<text x="75" y="74" font-size="34" text-anchor="middle" fill="COL">★</text>' if star else ""
    return (f'<svg xmlns="http://www.w3.org/2000/svg" width="150" height="150" viewBox="0 0 150 150">'
            f'<defs><path id="arc" d="M 24 80 A 51 51 0 1 1 126 80"/></defs>'
            f'<circle cx="75" cy="75" r="70" fill="none" stroke="{color}" stroke-width="5"/>'
            f'<text font-size="{fs}" fill="{color}" font-family="WenQuanYi Micro Hei" letter-spacing="1">'
            f'<textPath href="#arc" startOffset="50%" text-anchor="middle">{esc(text)}</textPath></text>'
            + st.replace("COL", color) + '</svg>')


def redhead(d, mode="image"):
    """A formal document. d: red (issuer in red, optional), no (文号), star (a star in the red rule),
    title, subtitle, to, paras, sign (lines, the last being the date), seal (seal text), seal_at
    (left/top offset of the seal relative to the signature block), after (paragraphs after the
    signature), yinfa (left, right), hand (handwritten note: (text, css)). mode: 'print' (A4 text PDF) or
    'image' (a 794-wide sheet for photos and scans)."""
    rs = d.get("red_size", "30pt" if len(d.get("red", "")) <= 12 else "24pt")
    css = DOC_CSS % {"font": FONT, "rs": rs, "ls": d.get("red_ls", "3px")}
    if mode == "print":
        css += "@page{size:A4;margin:25mm 24mm 22mm 26mm}"
    else:
        css += "body{width:794px;min-height:1123px;padding:64px 80px 40px;box-sizing:border-box;font-size:17px}p{font-size:17px}h1{font-size:24px}.red{font-size:%s}" % (
            "40px" if len(d.get("red", "")) <= 12 else "31px")
    parts = []
    if d.get("red"):
        parts.append(f'<div class="red">{esc(d["red"])}</div>')
        if d.get("no"):
            parts.append(f'<div class="no">{esc(d["no"])}</div>')
        parts.append(f'<div class="rl{" star" if d.get("star") else ""}"></div>')
    elif d.get("no"):
        parts.append(f'<div class="no" style="text-align:right">{esc(d["no"])}</div>')
    parts.append(f'<h1>{esc(d["title"])}</h1>')
    if d.get("subtitle"):
        parts.append(f'<div class="st">{esc(d["subtitle"])}</div>')
    if d.get("to"):
        parts.append(f'<p class="n">{esc(d["to"])}</p>')
    parts.append(paras(d["paras"]))
    if d.get("sign"):
        seal = ""
        if d.get("seal"):
            x, y = d.get("seal_at", (-30, -40))
            seal = f'<div class="seal" style="right:{x}px;top:{y - 10}px">{seal_svg(d["seal"])}</div>'
        parts.append('<div class="sig">' + "".join(f'<p>{esc(s)}</p>' for s in d["sign"]) + seal + '</div>')
    if d.get("after"):
        parts.append('<div class="after">' + paras(d["after"]) + '</div>')
    if d.get("yinfa"):
        a, b = d["yinfa"]
        parts.append(f'<div class="yf"><span>{esc(a)}</span><span>{esc(b)}</span></div>')
    if d.get("hand"):
        t, st = d["hand"]
        parts.append(f'<div class="hw" style="{st}">{esc(t)}</div>')
    return doc(d["title"], css, "".join(parts))


GAZETTE_CSS = """
@page{size:A4;margin:20mm 22mm}
*{margin:0;padding:0}
body{font-family:%s;color:#111}
.cv{height:250mm;page-break-after:always;text-align:center;position:relative}
.cv .t{color:#c8161d;font-size:40pt;font-weight:bold;letter-spacing:6px;margin-top:30mm;line-height:1.3}
.cv .i{font-size:16pt;margin-top:8mm}
.cv .rl{border-top:3px double #c8161d;margin:10mm 0 8mm}
.cv .toc{text-align:left;font-size:12.5pt;line-height:2}
.cv .toc div{display:flex}
.cv .toc div b{flex:1;font-weight:normal}
.cv .pub{position:absolute;bottom:0;left:0;right:0;font-size:12pt;border-top:1px solid #c8161d;padding-top:3mm;display:flex;justify-content:space-between}
.art{page-break-after:always}
.art .no{text-align:center;font-size:12pt;margin-bottom:3mm}
.art h2{font-size:17pt;text-align:center;margin:2mm 0 5mm}
.art p{font-size:12.5pt;line-height:1.8;text-indent:2em;text-align:justify}
.art p.r{text-align:right;text-indent:0}
.hdl{font-size:10pt;color:#c8161d;border-bottom:1px solid #c8161d;margin-bottom:5mm;display:flex;justify-content:space-between}
"""


def gazette(g):
    """g: name, issue, total, pubdate (text), toc [(title, page)], arts [dict(no, title, paras, sign)]."""
    toc = "".join(f"<div><b>{esc(t)}</b><span>（{p}）</span></div>" for t, p in g["toc"])
    cover = (f'<div class="cv"><div class="t">{esc(g["name"])}</div><div class="i">{esc(g["issue"])}　（总第{g["total"]}期）</div>'
             f'<div class="rl"></div><div style="font-size:15pt;margin-bottom:4mm">目　　录</div><div class="toc">{toc}</div>'
             f'<div class="pub"><span>大厂回族自治县人民政府办公室编印</span><span>{esc(g["pubdate"])}</span></div></div>')
    arts = ""
    for a in g["arts"]:
        sign = "".join(f'<p class="r">{esc(s)}</p>' for s in a.get("sign", []))
        arts += (f'<div class="art"><div class="hdl"><span>{esc(g["name"])}</span><span>{esc(g["issue"])}</span></div>'
                 f'<h2>{esc(a["title"])}</h2><div class="no">{esc(a.get("no", ""))}</div>{paras(a["paras"])}{sign}</div>')
    return doc(g["name"], GAZETTE_CSS % FONT, cover + arts)
