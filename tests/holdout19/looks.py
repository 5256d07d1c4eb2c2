"""Hold-out 19's own page designs (广阳区, 廊坊市). Only this hold-out uses them.

Desktop designs (desk):
  qingshan  the 区政府 portal: white head with a vermilion hairline on top, cobalt word-mark beside a
            round emblem, cobalt tab nav with an underline, LEFT-aligned titles, meta as small chips
            (`日期：…`, `来源：…`, `阅读：…`) or an unlabelled grey byline, right-hand 专题 column,
            light footer with 网站标识码 / ICP numbers.
  xinxi     the 政府信息公开平台: graphite bar with a gold rule, left 目录 tree, a one-row
            horizontal attribute table (索引号 | 发布机构 | 成文日期 | 发布日期 | 文号) over the title,
            a tile home page, column lists and the application form.
  hudong    the 政民互动 board: mint page, letter cards with 留言时间 / 答复时间 and a status pill.
  haiyun    the 公共资源交易 分中心: ocean-blue head with diagonal stripes, tabbed notice lists,
            `【发布时间：…】【项目编号：…】` under the title.
  dongyi    an old 900-wide department CMS: beige page, blue gradient title bars,
            `添加时间：2020-9-7 9:12:03  点击数：` and 【关闭窗口】.
Frames: a 360-browser-like window with a Windows 7 taskbar clock (window).
Phone: WeChat article / account profile, 微博, 抖音, 头条号, the 智慧广阳 APP (article, guide, home).
Paper: red-header documents with an SVG seal (redhead), a gazette (gazette), a sign-in sheet; looks of
a phone photo of a monitor (screen_photo), of paper (paper_photo) and flatbed scans (scan).
"""
import html as _html

FONT = "'WenQuanYi Micro Hei',sans-serif"


def esc(s):
    return _html.escape(str(s), quote=True)


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
            else:
                out.append(f'<p class="{cls}">{esc(t)}</p>')
        elif x.startswith("<"):
            out.append(x)
        else:
            out.append(f"<p>{esc(x)}</p>")
    return "".join(out)


def table(rows, head=True):
    h = ""
    for i, r in enumerate(rows):
        tag = "th" if (i == 0 and head) else "td"
        h += "<tr>" + "".join(f"<{tag}>{esc(c)}</{tag}>" for c in r) + "</tr>"
    return f'<table class="t">{h}</table>'


BASE = f"*{{margin:0;padding:0;box-sizing:border-box}}body{{font-family:{FONT};overflow:hidden;background:#fff}}li{{list-style:none}}"

# ------------------------------------------------------------------ qingshan (区政府门户)
QINGSHAN = BASE + """
body{background:#f5f6f8;color:#2b2b2b}
.top{height:4px;background:#d8452e}
.util{height:30px;line-height:30px;background:#fff;font-size:12px;color:#888;padding:0 6%;border-bottom:1px solid #eceef2}
.util span{float:right}.util span i{font-style:normal;margin-left:18px}
.head{background:#fff;height:96px;padding:16px 6%;display:flex;align-items:center}
.emb{width:62px;height:62px;border-radius:50%;background:radial-gradient(circle,#e9b93c 0 30%,#d8452e 31% 100%);border:3px solid #f3d27a;margin-right:16px}
.wm{color:#1f4aa8}.wm b{display:block;font-size:30px;letter-spacing:4px}.wm small{font-size:11px;letter-spacing:1px;color:#7b8bb5}
.srch{margin-left:auto;border:2px solid #1f4aa8;width:300px;height:36px;border-radius:18px;color:#aaa;font-size:13px;line-height:32px;padding-left:16px;position:relative}
.srch:after{content:'搜索';position:absolute;right:-2px;top:-2px;height:36px;width:70px;border-radius:0 18px 18px 0;background:#1f4aa8;color:#fff;text-align:center;line-height:36px}
.nav{background:#1f4aa8;height:48px;padding:0 6%;display:flex}
.nav a{color:#e4eaf8;font-size:16px;line-height:48px;padding:0 26px;text-decoration:none}
.nav a.on{color:#fff;box-shadow:inset 0 -4px 0 #f0b43c;background:#183d8c}
.body{display:flex;padding:16px 6% 20px;gap:18px}
.main{flex:1;background:#fff;border-radius:2px;padding:18px 34px 26px;border-top:3px solid #1f4aa8}
.crumb{font-size:13px;color:#8a8f99;margin-bottom:14px}.crumb b{color:#1f4aa8;font-weight:normal}
h1{font-size:25px;line-height:38px;color:#1b1f2a;text-align:left;margin-bottom:10px}
.subt{font-size:15px;color:#555;margin:-4px 0 10px}
.chips{margin-bottom:16px;border-bottom:1px solid #e9ebf0;padding-bottom:12px}
.chips span{display:inline-block;background:#f0f3fa;color:#5b6477;font-size:12.5px;border-radius:11px;padding:2px 12px;margin-right:10px}
.by{font-size:13px;color:#a2a7b1;margin-bottom:16px;border-bottom:1px solid #e9ebf0;padding-bottom:12px}
.art p{font-size:16px;line-height:30px;text-indent:2em;margin-bottom:8px;text-align:justify}
.art p.r{text-align:right;text-indent:0}.art p.c{text-align:center;text-indent:0;font-weight:bold}
.art p.n{text-indent:0}.art p.h{text-indent:0;font-weight:bold;color:#1f4aa8}
.t{border-collapse:collapse;width:100%;font-size:13.5px;margin:8px 0 12px}
.t td,.t th{border:1px solid #cdd5e6;padding:5px 7px;text-align:center}.t th{background:#eaf0fb;font-weight:normal;color:#1f4aa8}
.foot1{margin-top:18px;font-size:12.5px;color:#b3b7bf;text-align:right}
.rel{margin-top:20px;border:1px solid #e3e7f0;background:#fafbfd;padding:10px 16px}
.rel h4{font-size:14px;color:#d8452e;margin-bottom:4px}
.rel li{font-size:14px;line-height:28px;display:flex;color:#31456e}.rel li b{flex:1;font-weight:normal}.rel li i{font-style:normal;color:#a0a6b0}
.side{width:280px}
.card{background:#fff;margin-bottom:14px;padding:12px 16px}
.card h3{font-size:15px;color:#1b1f2a;border-left:4px solid #d8452e;padding-left:8px;margin-bottom:8px}
.card li{font-size:13px;line-height:28px;white-space:nowrap;overflow:hidden;text-overflow:ellipsis;color:#4b5263}
.card li:before{content:'\\25AA';color:#1f4aa8;margin-right:6px}
.ban{height:64px;margin-bottom:10px;border-radius:3px;color:#fff;font-size:16px;font-weight:bold;padding:20px 16px}
.lst h2{font-size:20px;color:#1f4aa8;margin-bottom:6px;padding-bottom:10px;border-bottom:1px solid #e9ebf0}
.lst li{display:flex;line-height:44px;border-bottom:1px solid #f0f1f4;font-size:15px}
.lst li b{flex:1;font-weight:normal;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
.lst li b:before{content:'';display:inline-block;width:5px;height:5px;background:#d8452e;margin:0 10px 3px 4px}
.lst li i{font-style:normal;color:#9aa0aa;font-size:14px;margin-left:16px}
.intro{background:#f4f7fd;border:1px dashed #b9c7e6;padding:10px 14px;font-size:14px;line-height:26px;color:#4a5570;margin:10px 0}
.pager{text-align:center;margin-top:18px;font-size:13px;color:#777}.pager span{display:inline-block;border:1px solid #dde1ea;padding:2px 10px;margin:0 2px}
.foot{background:#fff;border-top:1px solid #e4e6eb;text-align:center;font-size:12px;color:#9a9ea6;line-height:22px;padding:14px 0}
"""


def _qingshan(p, w):
    site = p.get("site", "廊坊市广阳区人民政府")
    nav = p.get("nav", ["首页", "走进广阳", "政务公开", "政务服务", "政民互动", "专题专栏"])
    on = p.get("on", "政务公开")
    h = (f'<div class="top"></div><div class="util">欢迎访问{esc(site)}门户网站'
         '<span><i>无障碍</i><i>长者版</i><i>移动版</i><i>登录</i></span></div>'
         f'<div class="head"><div class="emb"></div><div class="wm"><b>{esc(site.replace("廊坊市", ""))}</b>'
         f'<small>LANGFANG GUANGYANG DISTRICT PEOPLE\'S GOVERNMENT</small></div><div class="srch">站内搜索</div></div>'
         '<div class="nav">' + "".join(f'<a class="{"on" if n == on else ""}">{esc(n)}</a>' for n in nav) + '</div>')
    crumb = '<div class="crumb">您所在的位置：' + " &gt; ".join(f"<b>{esc(c)}</b>" if i == len(p["crumb"]) - 1 else esc(c) for i, c in enumerate(p["crumb"])) + '</div>'
    if p.get("listing") is not None:
        intro = "".join(f'<div class="intro">{esc(x)}</div>' for x in p.get("intro", []))
        lis = "".join(f'<li><b>{esc(t)}</b><i>{esc(d)}</i></li>' for t, d in p["listing"])
        main = (f'{crumb}<div class="lst"><h2>{esc(p["title"])}</h2>{intro}<ul>{lis}</ul></div>'
                f'<div class="pager"><span>首页</span><span>上一页</span><span>1</span><span>2</span><span>3</span><span>下一页</span><span>尾页</span>　{esc(p.get("total", "共 3 页"))}</div>')
    else:
        meta = ""
        if p.get("chips"):
            meta = '<div class="chips">' + "".join(f"<span>{esc(c)}</span>" for c in p["chips"]) + "</div>"
        elif p.get("byline") is not None:
            meta = f'<div class="by">{esc(p["byline"])}</div>'
        sub = f'<div class="subt">{esc(p["subtitle"])}</div>' if p.get("subtitle") else ""
        foot = f'<div class="foot1">{esc(p["foot"])}</div>' if p.get("foot") else ""
        rel = ""
        if p.get("related"):
            rel = (f'<div class="rel"><h4>{esc(p.get("related_title", "相关文件"))}</h4><ul>'
                   + "".join(f"<li><b>{esc(t)}</b><i>{esc(d)}</i></li>" for t, d in p["related"]) + "</ul></div>")
        main = f'{crumb}<h1>{esc(p["title"])}</h1>{sub}{meta}<div class="art">{paras(p["paras"])}</div>{foot}{rel}'
    side_items = p.get("side", [("专题专栏", ["决战决胜脱贫攻坚", "优化营商环境", "疫情防控专栏", "创建全国文明城市", "扫黑除恶专项斗争"])])
    side = '<div class="side"><div class="ban" style="background:linear-gradient(120deg,#d8452e,#f08a3c)">学习贯彻党的十九届五中全会精神</div>'
    for title, items in side_items:
        side += f'<div class="card"><h3>{esc(title)}</h3><ul>' + "".join(f"<li>{esc(x)}</li>" for x in items) + "</ul></div>"
    side += "</div>"
    foot = ('<div class="foot">主办：廊坊市广阳区人民政府办公室　承办：广阳区融媒体中心<br>'
            '网站标识码：1310030009　冀ICP备05001632号-1　冀公网安备 13100302000219号</div>')
    return h + f'<div class="body"><div class="main">{main}</div>{side}</div>' + foot


# ------------------------------------------------------------------ xinxi (信息公开平台)
XINXI = BASE + """
body{background:#eef0ee;color:#222}
.gbar{background:#2e3440;height:86px;padding:0 5%;display:flex;align-items:center;border-bottom:4px solid #c9a227}
.gbar .t1{color:#f1e3b0;font-size:28px;letter-spacing:2px}.gbar .t2{color:#aab0bc;font-size:13px;margin-left:18px;margin-top:10px}
.gbar .q{margin-left:auto;background:#3e4656;color:#98a0ae;font-size:13px;width:260px;height:32px;line-height:32px;padding-left:12px}
.tabs{background:#fff;height:42px;padding:0 5%;border-bottom:1px solid #d9dbd6;display:flex}
.tabs a{line-height:42px;font-size:15px;padding:0 22px;color:#444}.tabs a.on{color:#2e3440;font-weight:bold;border-bottom:3px solid #c9a227}
.wrap{display:flex;padding:14px 5%;gap:14px}
.tree{width:240px;background:#fff;border:1px solid #dcdedb;font-size:14px}
.tree h3{background:#3a4150;color:#f1e3b0;font-size:15px;padding:9px 14px;font-weight:normal}
.tree li{padding:7px 14px 7px 22px;border-bottom:1px solid #f0f0ee;color:#444}
.tree li.on{background:#f7f1dc;color:#7a5d00}
.tree li.s{padding-left:38px;font-size:13px;color:#777}
.pane{flex:1;background:#fff;border:1px solid #dcdedb;padding:16px 26px 22px}
.loc{font-size:12.5px;color:#888;margin-bottom:12px}
.attr{border-collapse:collapse;width:100%;font-size:13px;margin-bottom:18px}
.attr th{background:#f4f1e6;color:#6b5a22;font-weight:normal;border:1px solid #ddd6bf;padding:6px 4px}
.attr td{border:1px solid #ddd6bf;padding:6px 4px;text-align:center;color:#333}
h1{font-size:22px;text-align:center;line-height:34px;margin:4px 0 16px;color:#1d2330}
.art p{font-size:15.5px;line-height:29px;text-indent:2em;margin-bottom:6px;text-align:justify}
.art p.r{text-align:right;text-indent:0}.art p.c{text-align:center;text-indent:0;font-weight:bold}.art p.n,.art p.h{text-indent:0}.art p.h{font-weight:bold}
.t{border-collapse:collapse;width:100%;font-size:13px;margin:8px 0}
.t td,.t th{border:1px solid #ccc;padding:4px 6px;text-align:center}.t th{background:#f3f3f0;font-weight:normal}
.att{margin-top:14px;font-size:14px;color:#2a5db0}
.rel{margin-top:16px;border-top:1px solid #e0ddd0;padding-top:8px;font-size:14px}
.rel b{color:#7a5d00;font-weight:normal}.rel li{line-height:27px;display:flex}.rel li span{flex:1}.rel li i{font-style:normal;color:#999}
.gl{width:100%;border-collapse:collapse;font-size:14px}
.gl th{background:#3a4150;color:#f1e3b0;font-weight:normal;padding:8px}
.gl td{border-bottom:1px solid #ecebe6;padding:9px 8px;color:#333}
.gl td.c{text-align:center;color:#777;white-space:nowrap}
.tiles{display:grid;grid-template-columns:repeat(4,1fr);gap:14px;margin:6px 0 18px}
.tile{height:92px;background:linear-gradient(160deg,#3a4150,#2e3440);color:#f1e3b0;font-size:16px;padding:32px 14px;text-align:center;border-bottom:3px solid #c9a227}
.hint{background:#fbf8ec;border:1px solid #e8dfbb;padding:10px 14px;font-size:14px;line-height:25px;color:#5c5330;margin-bottom:12px}
.fm{border-collapse:collapse;width:100%;font-size:14px}
.fm td{border:1px solid #e0e0dc;padding:8px 10px}.fm td.k{background:#f7f6f1;width:180px;text-align:right;color:#555}
.fm .in{display:inline-block;width:360px;height:26px;border:1px solid #cfcfcf;vertical-align:middle}
.btn{display:inline-block;background:#2e3440;color:#f1e3b0;padding:7px 30px;margin:14px 8px 0 0}
.foot{text-align:center;font-size:12px;color:#8a8f96;padding:12px 0 18px}
"""

GK_TREE = ["政府信息公开指南", "政府信息公开制度", "法定主动公开内容", "政府信息公开年报", "依申请公开", "重点领域信息公开", "政策文件", "政策解读", "目录编制"]


def _xinxi(p, w):
    h = ('<div class="gbar"><div class="t1">广阳区政府信息公开平台</div><div class="t2">xxgk.gyq-lf.gov.cn</div>'
         '<div class="q">信息检索</div></div><div class="tabs">'
         + "".join(f'<a class="{"on" if t == p.get("tab", "法定主动公开内容") else ""}">{esc(t)}</a>' for t in ["首页", "信息公开指南", "信息公开制度", "法定主动公开内容", "信息公开年报", "依申请公开"])
         + "</div>")
    tree_on = p.get("tree_on", "")
    tree = '<div class="tree"><h3>' + esc(p.get("org", "公开目录")) + '</h3><ul>'
    for t in p.get("tree", GK_TREE):
        cls = "on" if t == tree_on else ("s" if t.startswith("·") else "")
        tree += f'<li class="{cls}">{esc(t.lstrip("·"))}</li>'
    tree += "</ul></div>"
    loc = '<div class="loc">当前位置：' + esc(" / ".join(p.get("crumb", ["首页"]))) + "</div>"
    if p.get("home"):
        pane = (loc + '<div class="tiles">' + "".join(f'<div class="tile">{esc(t)}</div>' for t in p["home"]) + "</div>"
                + '<table class="gl"><tr><th style="text-align:left">最新公开</th><th>发布机构</th><th>日期</th></tr>'
                + "".join(f'<tr><td>{esc(a)}</td><td class="c">{esc(b)}</td><td class="c">{esc(c)}</td></tr>' for a, b, c in p["recent"]) + "</table>")
    elif p.get("listing") is not None:
        pane = (loc + "".join(f'<div class="hint">{esc(x)}</div>' for x in p.get("intro", []))
                + '<table class="gl"><tr><th style="text-align:left">标题</th><th>文号</th><th>发布日期</th></tr>'
                + "".join(f'<tr><td>{esc(a)}</td><td class="c">{esc(b)}</td><td class="c">{esc(c)}</td></tr>' for a, b, c in p["listing"])
                + '</table><div style="text-align:center;font-size:13px;color:#888;margin-top:14px">' + esc(p.get("pager", "共 46 条　1/4 页　下一页　末页")) + "</div>")
    elif p.get("form") is not None:
        pane = (loc + f'<h1>{esc(p["title"])}</h1>' + "".join(f'<div class="hint">{esc(x)}</div>' for x in p.get("intro", []))
                + '<table class="fm">' + "".join(f'<tr><td class="k">{esc(k)}</td><td>{v}</td></tr>' for k, v in p["form"]) + "</table>"
                + '<div style="text-align:center"><span class="btn">提交</span><span class="btn" style="background:#999;color:#fff">重填</span></div>')
    else:
        attr = ""
        if p.get("attr"):
            ks = [k for k, _ in p["attr"]]
            vs = [v for _, v in p["attr"]]
            attr = ('<table class="attr"><tr>' + "".join(f"<th>{esc(k)}</th>" for k in ks) + "</tr><tr>"
                    + "".join(f"<td>{esc(v)}</td>" for v in vs) + "</tr></table>")
        att = "".join(f'<div class="att">附件：{esc(a)}</div>' for a in p.get("attach", []))
        rel = ""
        if p.get("related"):
            rel = (f'<div class="rel"><b>{esc(p.get("related_title", "相关解读"))}</b><ul>'
                   + "".join(f"<li><span>{esc(a)}</span><i>{esc(b)}</i></li>" for a, b in p["related"]) + "</ul></div>")
        pane = loc + attr + f'<h1>{esc(p["title"])}</h1><div class="art">{paras(p["paras"])}</div>{att}{rel}'
    foot = '<div class="foot">廊坊市广阳区人民政府办公室　主办　|　政务公开办公室　维护　|　网站标识码1310030009</div>'
    return h + f'<div class="wrap">{tree}<div class="pane">{pane}</div></div>' + foot


# ------------------------------------------------------------------ hudong (政民互动)
HUDONG = BASE + """
body{background:#eaf5f0;color:#24302b}
.hh{background:linear-gradient(90deg,#1e7a5a,#2fa37a);height:78px;padding:0 7%;display:flex;align-items:center;color:#fff}
.hh b{font-size:26px;letter-spacing:2px}.hh span{margin-left:16px;font-size:14px;opacity:.85;border-left:1px solid #bfe6d6;padding-left:16px}
.sub{background:#fff;height:44px;padding:0 7%;display:flex;border-bottom:1px solid #cfe5da}
.sub a{line-height:44px;padding:0 20px;font-size:15px;color:#3c5a4c}.sub a.on{color:#1e7a5a;font-weight:bold;background:#e3f4ec}
.wrap{padding:16px 7%}
.crumb{font-size:13px;color:#6d8679;margin-bottom:10px}
.card{background:#fff;border-radius:8px;box-shadow:0 1px 3px rgba(0,0,0,.08);padding:18px 26px;margin-bottom:14px}
.card h1{font-size:21px;line-height:32px;margin-bottom:10px}
.pill{display:inline-block;font-size:12px;padding:1px 10px;border-radius:10px;background:#1e7a5a;color:#fff;margin-left:10px;vertical-align:middle}
.kv{display:grid;grid-template-columns:1fr 1fr 1fr;font-size:13.5px;color:#55665e;line-height:26px;border-bottom:1px dashed #cfe0d7;padding-bottom:8px;margin-bottom:10px}
.q p,.a p{font-size:15.5px;line-height:28px;text-indent:2em;margin-bottom:6px}
.a{background:#f2faf6;border-left:4px solid #2fa37a;padding:12px 18px;margin-top:8px}
.a h4{font-size:15px;color:#1e7a5a;margin-bottom:6px}
.a .w{font-size:13.5px;color:#55665e;margin-bottom:8px}
.stat{display:flex;gap:14px;margin-bottom:14px}.stat div{flex:1;background:#fff;border-radius:8px;padding:14px;text-align:center;font-size:13px;color:#667}
.stat b{display:block;font-size:26px;color:#1e7a5a}
.ft{text-align:center;font-size:12px;color:#7d9187;padding:8px 0 16px}
"""


def _hudong(p, w):
    h = ('<div class="hh"><b>广阳区政民互动平台</b><span>区长信箱 · 我为政府网站找错 · 在线咨询 · 意见征集</span></div><div class="sub">'
         + "".join(f'<a class="{"on" if t == p.get("on") else ""}">{esc(t)}</a>' for t in ["互动首页", "区长信箱", "部门信箱", "我为政府网站找错", "意见征集", "办理统计"])
         + "</div>")
    body = f'<div class="crumb">当前位置：{esc(" > ".join(p["crumb"]))}</div>'
    if p.get("stat"):
        body += '<div class="stat">' + "".join(f"<div><b>{esc(v)}</b>{esc(k)}</div>" for k, v in p["stat"]) + "</div>"
    for c in p["cards"]:
        kv = '<div class="kv">' + "".join(f"<span>{esc(k)}：{esc(v)}</span>" for k, v in c["kv"]) + "</div>"
        ans = ""
        if c.get("answer"):
            ans = (f'<div class="a"><h4>{esc(c.get("answer_title", "答复内容"))}</h4><div class="w">'
                   + "　　".join(f"{esc(k)}：{esc(v)}" for k, v in c["answer_kv"]) + f'</div>{paras(c["answer"])}</div>')
        body += (f'<div class="card"><h1>{esc(c["title"])}<span class="pill">{esc(c.get("status", "已办结"))}</span></h1>{kv}'
                 f'<div class="q">{paras(c["q"])}</div>{ans}</div>')
    return h + f'<div class="wrap">{body}</div><div class="ft">广阳区人民政府　政民互动平台　技术支持：广阳区融媒体中心</div>'


# ------------------------------------------------------------------ haiyun (公共资源交易)
HAIYUN = BASE + """
body{background:#f0f4f8;color:#1c2a39}
.hb{height:92px;padding:0 6%;display:flex;align-items:center;color:#fff;
  background:repeating-linear-gradient(135deg,rgba(255,255,255,.05) 0 14px,rgba(255,255,255,0) 14px 28px),linear-gradient(90deg,#0b4f7c,#1479b8)}
.hb b{font-size:27px;letter-spacing:1px}.hb small{display:block;font-size:12px;opacity:.8;margin-top:2px}
.hb .ph{margin-left:auto;font-size:13px;text-align:right;line-height:20px;opacity:.9}
.mn{background:#0b3d61;height:42px;padding:0 6%;display:flex}
.mn a{color:#cfe3f3;line-height:42px;padding:0 20px;font-size:15px}.mn a.on{background:#f39c12;color:#fff}
.wrap{padding:14px 6%;display:flex;gap:14px}
.lf{width:230px;background:#fff;border-top:3px solid #1479b8}
.lf h3{font-size:15px;padding:10px 14px;color:#0b4f7c;border-bottom:1px solid #e3ebf2}
.lf li{padding:9px 14px 9px 24px;font-size:14px;border-bottom:1px solid #f1f4f7;color:#40566b}.lf li.on{color:#f39c12;background:#fff8ec}
.ct{flex:1;background:#fff;padding:16px 30px 24px}
.loc{font-size:12.5px;color:#7890a5;border-bottom:1px solid #e3ebf2;padding-bottom:8px;margin-bottom:14px}
h1{font-size:22px;text-align:center;line-height:34px;color:#0d2b45;margin-bottom:8px}
.mt{text-align:center;font-size:13px;color:#6d8296;margin-bottom:16px}.mt span{margin:0 6px}
.art p{font-size:15px;line-height:28px;text-indent:2em;margin-bottom:6px;text-align:justify}
.art p.r{text-align:right;text-indent:0}.art p.n,.art p.h{text-indent:0}.art p.h{font-weight:bold;color:#0b4f7c}
.t{border-collapse:collapse;width:100%;font-size:13.5px;margin:8px 0}
.t td,.t th{border:1px solid #c6d6e5;padding:5px 6px;text-align:center}.t th{background:#e8f1f9;font-weight:normal}
.ft{text-align:center;font-size:12px;color:#7d8e9d;padding:10px 0 16px}
"""


def _haiyun(p, w):
    h = ('<div class="hb"><div><b>廊坊市公共资源交易中心广阳区分中心</b><small>GUANGYANG PUBLIC RESOURCES TRADING CENTER</small></div>'
         '<div class="ph">服务热线：0316-2116655<br>CA办理　|　主体库登记　|　不见面开标</div></div><div class="mn">'
         + "".join(f'<a class="{"on" if t == p.get("on", "交易信息") else ""}">{esc(t)}</a>' for t in ["首页", "交易信息", "政策法规", "服务指南", "信用信息", "下载中心"])
         + "</div>")
    lf = '<div class="lf"><h3>交易信息</h3><ul>' + "".join(
        f'<li class="{"on" if t == p.get("left_on") else ""}">{esc(t)}</li>' for t in ["工程建设", "政府采购", "国有产权", "土地矿产", "招标计划", "中标候选人公示", "中标结果公告", "变更公告"]) + "</ul></div>"
    mt = '<div class="mt">' + "".join(f"<span>【{esc(m)}】</span>" for m in p.get("meta", [])) + "</div>"
    ct = f'<div class="loc">当前位置：{esc(" > ".join(p["crumb"]))}</div><h1>{esc(p["title"])}</h1>{mt}<div class="art">{paras(p["paras"])}</div>'
    return h + f'<div class="wrap">{lf}<div class="ct">{ct}</div></div><div class="ft">廊坊市公共资源交易中心广阳区分中心　版权所有</div>'


# ------------------------------------------------------------------ dongyi (旧部门 CMS)
DONGYI = BASE + """
body{background:#e9e4d6;color:#222;font-size:12px}
.pg{width:900px;margin:0 auto;background:#fff;border-left:1px solid #c9c1a9;border-right:1px solid #c9c1a9}
.tp{height:110px;background:linear-gradient(180deg,#3f74b5,#2a5591);color:#fff;padding:24px 22px}
.tp b{font-size:26px;font-family:serif;letter-spacing:3px;text-shadow:1px 1px 0 #173563}.tp small{display:block;font-size:12px;margin-top:8px;color:#dbe6f5}
.mu{height:30px;background:linear-gradient(180deg,#fdfdfd,#dcdcdc);border-bottom:1px solid #aaa;font-size:13px;line-height:30px;padding-left:12px}
.mu a{margin-right:22px;color:#1d3f72}
.bx{margin:8px;border:1px solid #9fb7d8}
.bx .tt{height:26px;line-height:26px;background:linear-gradient(180deg,#e5eefb,#bcd0ee);font-size:13px;font-weight:bold;color:#1d3f72;padding-left:10px}
.in{padding:12px 20px}
.in h1{font-size:18px;text-align:center;color:#b00000;line-height:28px;margin:6px 0}
.in .ad{text-align:center;font-size:12px;color:#666;border-bottom:1px dotted #999;padding-bottom:6px;margin-bottom:10px}
.in p{font-size:14px;line-height:25px;text-indent:2em;margin-bottom:4px}.in p.r{text-align:right}.in p.n{text-indent:0}
.t{border-collapse:collapse;width:100%;font-size:12.5px;margin:6px 0}
.t td,.t th{border:1px solid #999;padding:3px 4px;text-align:center}.t th{background:#eee}
.cl{text-align:right;font-size:12px;color:#1d3f72;margin-top:10px}
.cp{text-align:center;font-size:12px;color:#666;border-top:2px solid #2a5591;padding:8px 0;line-height:20px}
"""


def _dongyi(p, w):
    site = p.get("site", "廊坊市广阳区司法局")
    h = (f'<div class="pg"><div class="tp"><b>{esc(site)}</b><small>{esc(p.get("motto", "司法为民　依法行政"))}</small></div>'
         '<div class="mu">' + "".join(f"<a>{esc(x)}</a>" for x in p.get("menu", ["网站首页", "机构概况", "工作动态", "政务公开", "法律服务", "普法宣传", "联系我们"])) + "</div>"
         f'<div class="bx"><div class="tt">{esc(p.get("box", "当前位置：首页 >> 政务公开"))}</div><div class="in">'
         f'<h1>{esc(p["title"])}</h1><div class="ad">{esc(p["ad"])}</div>{paras(p["paras"])}'
         '<div class="cl">【打印此文】【关闭窗口】</div></div></div>'
         f'<div class="cp">{esc(site)}　版权所有　地址：廊坊市广阳区{esc(p.get("addr", "新华路68号"))}<br>建议使用1024×768分辨率 IE8.0以上版本浏览</div></div>')
    return h


DESIGNS = {"qingshan": (QINGSHAN, _qingshan), "xinxi": (XINXI, _xinxi), "hudong": (HUDONG, _hudong),
           "haiyun": (HAIYUN, _haiyun), "dongyi": (DONGYI, _dongyi)}


def desk(design, p, w=1366, h=900, q=80, zoom=1.0, charset="utf-8"):
    css, fn = DESIGNS[design]
    css += f"body{{width:{w / zoom:.0f}px}}" + (f"html{{zoom:{zoom}}}" if zoom != 1.0 else "")
    return doc(p.get("tab", p.get("title", "广阳区人民政府")), css, fn(p, w), charset), (w, h, q)


# ------------------------------------------------------------------ browser window (360-like, Windows 7 taskbar)
WINDOW = BASE + """
body{background:#fff}
.w{position:absolute;left:0;top:0;overflow:hidden;background:#fff}
.ts{height:34px;background:linear-gradient(180deg,#3aa856,#2b8f45);padding:6px 0 0 8px;white-space:nowrap}
.tb{display:inline-block;height:28px;line-height:28px;background:#f4f7f4;border-radius:5px 5px 0 0;padding:0 14px;font-size:12.5px;width:230px;overflow:hidden;margin-right:2px;color:#222}
.tb.o{background:rgba(255,255,255,.25);color:#eef}
.ab{height:38px;background:#f4f7f4;border-bottom:1px solid #c8d2c8;padding:5px 10px;display:flex;align-items:center;font-size:13px}
.ab .bt{width:22px;height:22px;border-radius:11px;background:#dfe6df;margin-right:6px}
.ab .u{flex:1;height:27px;line-height:25px;border:1px solid #b9c6b9;background:#fff;border-radius:3px;padding:0 10px;color:#333;margin-left:6px}
.ab .u em{font-style:normal;color:#2b8f45;margin-right:6px}
.fav{height:24px;background:#fafcfa;border-bottom:1px solid #dde3dd;font-size:12px;line-height:24px;padding-left:12px;color:#555}
.fav span{margin-right:18px}
.vw{position:absolute;left:0;right:0;overflow:hidden}
.vw img{display:block}
.tk{position:absolute;left:0;right:0;bottom:0;height:40px;background:linear-gradient(180deg,#5a7da6,#2c4c74);border-top:1px solid #9ab}
.tk .st{float:left;width:54px;height:40px;background:radial-gradient(circle at 50% 50%,#4cae4f 0 13px,transparent 14px)}
.tk .ap{float:left;width:58px;height:34px;margin:3px 2px;background:rgba(255,255,255,.18);border:1px solid rgba(255,255,255,.35);border-radius:3px}
.tk .ck{float:right;color:#fff;font-size:12px;text-align:center;line-height:17px;padding:3px 14px}
"""


def window(img_path, w, h, fr, q=78):
    """A page image inside a 360-like browser window; fr: url, tab, time, date (taskbar clock) or taskbar=False."""
    tb = 40 if fr.get("taskbar", True) else 0
    top = 34 + 38 + 24
    body = (f'<div class="w" style="width:{w}px;height:{h}px"><div class="ts"><span class="tb">{esc(fr["tab"])}</span>'
            f'<span class="tb o">{esc(fr.get("tab2", "360导航_一个主页，整个世界"))}</span></div>'
            f'<div class="ab"><span class="bt"></span><span class="bt"></span><span class="bt"></span><div class="u"><em>&#9679;</em>{esc(fr["url"])}</div></div>'
            '<div class="fav"><span>收藏</span><span>网址大全</span><span>河北政务服务网</span><span>广阳区政务公开</span><span>政府网站工作年度报表</span></div>'
            f'<div class="vw" style="top:{top}px;bottom:{tb}px"><img src="file://{img_path}"></div>')
    if tb:
        body += ('<div class="tk"><div class="st"></div><div class="ap"></div><div class="ap"></div><div class="ap"></div><div class="ap"></div>'
                 f'<div class="ck">{esc(fr["time"])}<br>{esc(fr["date"])}</div></div>')
    body += "</div>"
    return doc(fr["tab"], WINDOW, body), (w, h, q)


# ------------------------------------------------------------------ phone
PHONE = BASE + """
body{color:#1f1f1f;background:#fff}
.sb{height:30px;line-height:30px;font-size:14px;padding:0 18px;font-weight:bold;display:flex}
.sb span{margin-left:auto;font-weight:normal;font-size:13px}
.nb{height:48px;line-height:48px;text-align:center;font-size:17px;border-bottom:1px solid #ececec;position:relative}
.nb:before{content:'\\2715';position:absolute;left:18px;font-size:18px}
.nb:after{content:'\\2022\\2022\\2022';position:absolute;right:18px;letter-spacing:2px}
.wx{padding:20px 20px 30px}
.wx h2{font-size:22px;line-height:32px;font-weight:bold;margin-bottom:12px}
.wx .by{font-size:14.5px;color:#9a9a9a;margin-bottom:20px}.wx .by a{color:#576b95;margin-right:8px}
.wx p{font-size:16.5px;line-height:29px;margin-bottom:15px;text-align:justify;color:#333}
.wx p.c{text-align:center}.wx p.r{text-align:right}
.pic{height:190px;border-radius:4px;margin:2px 0 16px;color:#fff;font-size:18px;font-weight:bold;display:flex;align-items:center;justify-content:center;text-align:center;padding:0 20px}
.wx .ft{font-size:14px;color:#aaa;margin-top:16px;display:flex;justify-content:space-between}
.t{border-collapse:collapse;width:100%;font-size:13px;margin:4px 0 14px}.t td,.t th{border:1px solid #ccc;padding:4px;text-align:center}.t th{background:#f3f3f3;font-weight:normal}
.pf{text-align:center;padding:26px 20px 16px;border-bottom:8px solid #f4f4f4}
.pf .lg{width:72px;height:72px;border-radius:50%;margin:0 auto 10px;color:#fff;font-size:16px;line-height:72px;font-weight:bold}
.pf h3{font-size:20px}.pf .d{font-size:13.5px;color:#888;line-height:21px;margin-top:8px}
.pf .bt{display:inline-block;margin-top:14px;border:1px solid #07c160;color:#07c160;padding:5px 30px;border-radius:4px;font-size:15px}
.ml{padding:0 18px}.ml .it{display:flex;padding:13px 0;border-bottom:1px solid #f0f0f0}
.ml .it b{flex:1;font-weight:normal;font-size:15.5px;line-height:23px}.ml .it i{width:76px;height:58px;margin-left:12px;border-radius:3px}
.ml .it small{display:block;font-size:12.5px;color:#aaa;margin-top:4px}
.menu{position:absolute;left:0;right:0;bottom:0;height:54px;display:flex;border-top:1px solid #e2e2e2;background:#fafafa}
.menu span{flex:1;text-align:center;line-height:54px;font-size:15px;color:#333;border-right:1px solid #e7e7e7}
.wb{padding:16px 16px 10px;border-bottom:10px solid #f2f2f2}
.wb .hd{display:flex;align-items:center}
.wb .av{width:46px;height:46px;border-radius:50%;color:#fff;text-align:center;line-height:46px;font-size:13px;margin-right:10px}
.wb .nm{font-size:16px;color:#f78a09;font-weight:bold}.wb .v{color:#f5a623;font-size:12px;margin-left:4px}
.wb .tm{font-size:12.5px;color:#a0a0a0;margin-top:2px}
.wb .tx{font-size:16px;line-height:27px;margin-top:10px;color:#333}.wb .tx a{color:#eb7350}
.wb .im{height:150px;margin-top:10px;border-radius:4px}
.wb .op{display:flex;justify-content:space-around;color:#888;font-size:13.5px;padding-top:10px;margin-top:10px;border-top:1px solid #eee}
.cm{padding:10px 16px;font-size:14px;line-height:22px;border-bottom:1px solid #f3f3f3}.cm b{color:#eb7350;font-weight:normal}.cm small{display:block;color:#aaa;font-size:12px}
.dy{background:#111;color:#fff;position:relative;overflow:hidden}
.dy .vid{position:absolute;left:0;right:0;top:0;bottom:0}
.dy .play{position:absolute;left:50%;top:42%;width:70px;height:70px;margin-left:-35px;border-radius:50%;background:rgba(255,255,255,.25)}
.dy .rt{position:absolute;right:12px;bottom:220px;text-align:center;font-size:13px;line-height:18px}
.dy .rt div{margin-bottom:18px}.dy .rt i{display:block;width:42px;height:42px;border-radius:50%;background:rgba(255,255,255,.85);margin:0 auto 4px}
.dy .info{position:absolute;left:14px;right:80px;bottom:92px;font-size:15px;line-height:23px}
.dy .info b{font-size:17px}.dy .info .d{color:#ddd;font-size:14px}
.dy .bar{position:absolute;left:0;right:0;bottom:0;height:56px;background:#000;display:flex;align-items:center;justify-content:space-around;font-size:15px;color:#ccc}
.tt{padding:16px 18px}
.tt h2{font-size:23px;line-height:34px;margin-bottom:12px}
.tt .au{display:flex;align-items:center;margin-bottom:16px}
.tt .au i{width:38px;height:38px;border-radius:50%;background:#d43d3d;margin-right:10px}
.tt .au b{font-size:15px;display:block}.tt .au small{font-size:12.5px;color:#999}
.tt .au .fo{margin-left:auto;background:#f04142;color:#fff;font-size:13px;padding:4px 14px;border-radius:14px}
.tt p{font-size:17px;line-height:30px;margin-bottom:14px;color:#222}
.app .hd{background:linear-gradient(180deg,#f07c21,#e8601c);color:#fff;height:56px;line-height:56px;text-align:center;font-size:18px;position:relative}
.app .hd:before{content:'\\2039';position:absolute;left:18px;font-size:32px}
.app .ar{padding:16px 18px}
.app .ar h2{font-size:21px;line-height:31px;margin-bottom:8px}
.app .ar .m{font-size:13.5px;color:#999;padding-bottom:10px;border-bottom:1px solid #eee;margin-bottom:14px}
.app .ar p{font-size:16px;line-height:28px;margin-bottom:12px;text-indent:2em}
.app .gd{margin:0 14px 12px;border:1px solid #f1d2bf;border-radius:6px;overflow:hidden}
.app .gd h4{background:#fff4ec;color:#c4500f;font-size:15px;padding:8px 12px}
.app .gd div{font-size:14.5px;line-height:25px;padding:8px 12px;color:#333}
.app .grid{display:grid;grid-template-columns:repeat(4,1fr);gap:14px;padding:16px}
.app .grid div{text-align:center;font-size:13px;color:#333}.app .grid i{display:block;width:46px;height:46px;border-radius:12px;margin:0 auto 6px}
.app .bn{height:150px;margin:0 14px;border-radius:8px;background:linear-gradient(120deg,#f2a63a,#e8601c);color:#fff;font-size:20px;font-weight:bold;padding:30px 20px}
.app .nw{padding:8px 16px}.app .nw h4{font-size:16px;border-left:4px solid #e8601c;padding-left:8px;margin:8px 0}
.app .nw li{font-size:15px;line-height:36px;border-bottom:1px solid #f2f2f2;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
.app .tab{position:absolute;left:0;right:0;bottom:0;height:58px;display:flex;border-top:1px solid #eee;background:#fff}
.app .tab span{flex:1;text-align:center;font-size:12.5px;color:#777;padding-top:32px;position:relative}
.app .tab span:before{content:'';position:absolute;top:8px;left:50%;margin-left:-11px;width:22px;height:22px;border-radius:6px;background:#ddd}
.app .tab span.on{color:#e8601c}.app .tab span.on:before{background:#e8601c}
"""

PICS = {"blue": "linear-gradient(135deg,#4d8fd8,#163f7a)", "green": "linear-gradient(135deg,#56b27a,#1d6b45)",
        "red": "linear-gradient(135deg,#e35d4f,#9b1d18)", "gold": "linear-gradient(135deg,#f1c04f,#c67b12)",
        "grey": "linear-gradient(135deg,#9aa4ad,#4d5761)", "teal": "linear-gradient(135deg,#3fb5b0,#146b7a)",
        "purple": "linear-gradient(135deg,#9a7ad6,#4b2f8c)"}


def phone(kind, w, k, h=None, q=80, clock="10:24"):
    """kind: wechat | wxprofile | weibo | douyin | toutiao | app | appguide | apphome."""
    scale = w / 390.0
    h = h or int(844 * scale)
    css = PHONE + f"body{{width:390px;height:{h / scale:.0f}px;position:relative}}html{{zoom:{scale:.4f}}}"
    dark = kind == "douyin"
    sb = f'<div class="sb" style="{"color:#fff;background:#111" if dark else ""}">{esc(clock)}<span>5G　▮▮▮　86%</span></div>'
    if kind == "wechat":
        pic = f'<div class="pic" style="background:{PICS[k.get("pic_color", "blue")]}">{esc(k["pic"])}</div>' if k.get("pic") else ""
        page = (f'{sb}<div class="nb"></div><div class="wx"><h2>{esc(k["title"])}</h2>'
                f'<div class="by"><a>{esc(k["account"])}</a>{esc(k["byline"])}</div>{pic}{paras(k["paras"])}'
                f'<div class="ft"><span>{esc(k.get("reads", "阅读 3291"))}</span><span>♡ 在看 {esc(k.get("likes", "27"))}</span></div></div>')
    elif kind == "wxprofile":
        its = "".join(f'<div class="it"><b>{esc(t)}<small>{esc(s)}</small></b><i style="background:{PICS[c]}"></i></div>' for t, s, c in k["items"])
        page = (f'{sb}<div class="nb"></div><div class="pf"><div class="lg" style="background:{PICS["red"]}">{esc(k["logo"])}</div>'
                f'<h3>{esc(k["account"])}</h3><div class="d">{esc(k["intro"])}</div><div class="d">{esc(k["subject"])}</div>'
                f'<span class="bt">已关注</span></div><div class="ml">{its}</div>'
                '<div class="menu"><span>政务服务</span><span>广阳动态</span><span>互动</span></div>')
    elif kind == "weibo":
        im = f'<div class="im" style="background:{PICS[k.get("pic_color", "grey")]}"></div>' if k.get("img", True) else ""
        cms = "".join(f'<div class="cm"><b>{esc(n)}</b>：{esc(t)}<small>{esc(tm)}</small></div>' for n, t, tm in k.get("comments", []))
        page = (f'{sb}<div class="nb">微博正文</div><div class="wb"><div class="hd"><div class="av" style="background:{PICS[k.get("av_color", "blue")]}">{esc(k["av"])}</div>'
                f'<div><div class="nm">{esc(k["name"])}<span class="v">V</span></div><div class="tm">{esc(k["time"])}</div></div></div>'
                f'<div class="tx">{k["text"]}</div>{im}<div class="op"><span>转发 {k.get("rt", 23)}</span><span>评论 {k.get("cm", 9)}</span><span>赞 {k.get("lk", 118)}</span></div></div>{cms}')
    elif kind == "douyin":
        css += f".dy{{height:{h / scale:.0f}px}}"
        page = (f'<div class="dy">{sb}<div class="vid" style="background:{PICS[k.get("pic_color", "teal")]};opacity:.85"></div><div class="play"></div>'
                f'<div class="rt"><div><i></i>{esc(k.get("lk", "1.3w"))}</div><div><i></i>{esc(k.get("cm", "426"))}</div><div><i></i>分享</div></div>'
                f'<div class="info"><b>@{esc(k["name"])}</b> <span class="d">· {esc(k["time"])}</span><br>{esc(k["text"])}</div>'
                '<div class="bar"><span>首页</span><span>朋友</span><span>＋</span><span>消息</span><span>我</span></div></div>')
    elif kind == "toutiao":
        page = (f'{sb}<div class="nb">　</div><div class="tt"><h2>{esc(k["title"])}</h2><div class="au"><i></i><div><b>{esc(k["name"])}</b>'
                f'<small>{esc(k["time"])}　{esc(k.get("tag", "廊坊市广阳区政务头条号"))}</small></div><span class="fo">关注</span></div>{paras(k["paras"])}</div>')
    elif kind == "app":
        page = (f'{sb}<div class="app"><div class="hd">{esc(k.get("bar", "政务资讯"))}</div><div class="ar"><h2>{esc(k["title"])}</h2>'
                f'<div class="m">{esc(k["meta"])}</div>{paras(k["paras"])}</div></div>')
    elif kind == "appguide":
        secs = "".join(f'<div class="gd"><h4>{esc(a)}</h4><div>{b}</div></div>' for a, b in k["secs"])
        page = (f'{sb}<div class="app"><div class="hd">办事指南</div><div class="ar"><h2>{esc(k["title"])}</h2>'
                f'<div class="m">{esc(k["meta"])}</div></div>{secs}</div>')
    else:  # apphome
        grid = "".join(f'<div><i style="background:{PICS[c]}"></i>{esc(t)}</div>' for t, c in k["grid"])
        news = "".join(f"<li>{esc(t)}</li>" for t in k["news"])
        page = (f'{sb}<div class="app"><div class="hd" style="font-weight:bold">智慧广阳</div><div style="height:12px"></div>'
                f'<div class="bn">{esc(k["banner"])}</div><div class="grid">{grid}</div><div class="nw"><h4>广阳要闻</h4><ul>{news}</ul></div>'
                '<div class="tab"><span class="on">首页</span><span>办事</span><span>资讯</span><span>我的</span></div></div>')
    return doc(k.get("title", "广阳"), css, page), (w, h, q)


# ------------------------------------------------------------------ photos and scans
def screen_photo(img_path, pw, ph, w=1200, h=900, rot=-1.5, tilt=6, scale=0.8, q=70, dx=0, dy=0):
    """A phone photo of a monitor showing the page image: perspective, bezel, moiré, glare."""
    css = (f"*{{margin:0;padding:0}}html,body{{width:{w}px;height:{h}px;overflow:hidden;background:radial-gradient(ellipse at 30% 20%,#5d5a55,#262421 75%)}}"
           f".mon{{position:absolute;left:50%;top:50%;width:{pw + 44}px;height:{ph + 44}px;margin-left:{-(pw + 44) / 2 + dx}px;margin-top:{-(ph + 44) / 2 + dy}px;"
           f"background:#111;border-radius:8px;padding:22px;transform:perspective(1800px) rotateY({tilt}deg) rotateZ({rot}deg) scale({scale});box-shadow:0 20px 60px rgba(0,0,0,.7)}}"
           ".mon img{display:block;filter:brightness(1.04) saturate(.9) blur(.5px)}"
           ".moire{position:absolute;left:22px;top:22px;right:22px;bottom:22px;background:repeating-linear-gradient(28deg,rgba(0,0,0,.05) 0 2px,rgba(255,255,255,.03) 2px 5px)}"
           ".glare{position:absolute;left:0;top:0;width:100%;height:100%;background:radial-gradient(ellipse at 72% 18%,rgba(255,255,255,.35),rgba(255,255,255,0) 40%)}")
    return doc("photo", css, f'<div class="mon"><img src="file://{img_path}"><div class="moire"></div></div><div class="glare"></div>'), (w, h, q)


def paper_photo(img_path, w=1200, h=1600, rot=-2.0, glass=False, q=70, iw=794, ih=1123, scale=1.3, left=90, top=110):
    """A phone photo of a printed page: on a desk, or pinned behind the glass of a 公开栏."""
    bg = ("linear-gradient(180deg,#5f6b73,#3b444a)" if glass else "radial-gradient(ellipse at 45% 40%,#a08b6c,#5e4d3a 70%,#3c3023)")
    extra = (".gl{position:absolute;left:0;top:0;width:100%;height:100%;background:linear-gradient(115deg,rgba(255,255,255,0) 30%,rgba(255,255,255,.28) 42%,rgba(255,255,255,0) 55%)}"
             ".fr{position:absolute;left:40px;top:50px;right:40px;bottom:50px;border:26px solid #8e9aa3;box-shadow:inset 0 0 30px rgba(0,0,0,.4)}") if glass else \
        ".gl{position:absolute;left:0;top:0;width:100%;height:100%;background:linear-gradient(160deg,rgba(255,255,255,.16),rgba(0,0,0,0) 45%,rgba(0,0,0,.25))}"
    css = (f"*{{margin:0;padding:0}}html,body{{width:{w}px;height:{h}px;overflow:hidden;background:{bg}}}"
           f".pp{{position:absolute;left:{left}px;top:{top}px;width:{iw}px;height:{ih}px;transform:rotate({rot}deg) scale({scale});transform-origin:0 0;box-shadow:10px 16px 36px rgba(0,0,0,.5)}}"
           ".pp img{display:block;filter:sepia(.12) brightness(.97)}" + extra)
    fr = '<div class="fr"></div>' if glass else ""
    return doc("photo", css, f'<div class="pp"><img src="file://{img_path}"></div>{fr}<div class="gl"></div>'), (w, h, q)


SCAN_SIZE = {150: (1240, 1754), 200: (1654, 2339), 300: (2480, 3508)}


def scan(img_path, dpi=200, rot=0.4, grey=False, q=60):
    w, h = SCAN_SIZE[dpi]
    s = w / 794.0
    filt = "grayscale(1) contrast(1.3) brightness(1.03)" if grey else "contrast(1.12) saturate(1.1)"
    css = (f"*{{margin:0;padding:0}}html,body{{width:{w}px;height:{h}px;overflow:hidden;background:#fdfdfb}}"
           f".sc{{position:absolute;left:{w * 0.01:.0f}px;top:{h * 0.008:.0f}px;transform:rotate({rot}deg) scale({s * 0.98:.4f});transform-origin:0 0}}"
           f".sc img{{display:block;filter:{filt}}}"
           ".edge{position:absolute;left:0;top:0;width:100%;height:100%;background:linear-gradient(90deg,rgba(0,0,0,.07),rgba(0,0,0,0) 3%,rgba(0,0,0,0) 97%,rgba(0,0,0,.06))}")
    return doc("scan", css, f'<div class="sc"><img src="file://{img_path}"></div><div class="edge"></div>'), (w, h, q)


# ------------------------------------------------------------------ documents
DOC_CSS = """
*{margin:0;padding:0;box-sizing:border-box}
body{font-family:'WenQuanYi Micro Hei',serif;color:#111;background:#fff}
.pgc{width:794px;min-height:1123px;padding:78px 86px 60px;position:relative;font-size:17.5px;line-height:31px}
.red{color:#d11a1a;text-align:center;font-size:38px;letter-spacing:5px;line-height:52px;margin-top:10px;font-weight:bold;transform:scaleY(1.15)}
.no{text-align:center;font-size:16px;margin:14px 0 4px}
.rl{border-top:3px solid #d11a1a;margin:6px 0 26px;position:relative}
.rl.star:after{content:'\\2605';color:#d11a1a;position:absolute;left:50%;top:-15px;margin-left:-10px;background:#fff;padding:0 6px;font-size:18px}
h1{font-size:22px;text-align:center;line-height:34px;margin:8px 0 22px;font-weight:bold}
.st{text-align:center;font-size:15px;margin:-14px 0 18px}
p{text-indent:2em;text-align:justify}p.n{text-indent:0}p.r{text-align:right;text-indent:0;padding-right:30px}p.c{text-align:center;text-indent:0}p.h{text-indent:0;font-weight:bold}
.t{border-collapse:collapse;width:100%;font-size:13.5px;line-height:21px;margin:8px 0}
.t td,.t th{border:1px solid #222;padding:3px 4px;text-align:center;font-weight:normal}
.sg{margin-top:34px;position:relative}
.sg p{text-align:right;text-indent:0;padding-right:30px}
.seal{position:absolute;right:40px;top:-40px;width:160px;height:160px;opacity:.82;mix-blend-mode:multiply}
.yf{margin-top:40px;border-top:1px solid #111;border-bottom:1px solid #111;font-size:15px;padding:3px 6px;display:flex;justify-content:space-between}
.hw{font-family:'WenQuanYi Micro Hei';color:#1b3a9a;font-style:italic;font-size:1.08em;transform:rotate(-2deg);display:inline-block}
@media print{@page{size:A4;margin:0}}
"""


def seal_svg(text, color="#e0201d", size=160):
    chars = list(text)
    n = len(chars)
    spans = "".join(
        f'<text x="80" y="80" font-size="{min(17, 200 / n + 2):.1f}" fill="{color}" text-anchor="middle" transform="rotate({-110 + 220 * i / max(n - 1, 1):.1f} 80 80) translate(0 -52)">{esc(c)}</text>'
        for i, c in enumerate(chars))
    return (f'<svg class="seal" viewBox="0 0 160 160" width="{size}" height="{size}"><circle cx="80" cy="80" r="74" fill="none" stroke="{color}" stroke-width="5"/>'
            f'{spans}<text x="80" y="94" font-size="40" fill="{color}" text-anchor="middle">★</text></svg>')


def redhead(d, mode="image"):
    """d: red, no, title, subtitle, to, paras, sign (lines), seal (text or None), yinfa (a, b), after, star."""
    parts = []
    if d.get("red"):
        n = len(d["red"])
        fs = min(38, int(600 / n) - 5)
        ls = 5 if fs >= 30 else 1
        parts.append(f'<div class="red" style="font-size:{fs}px;letter-spacing:{ls}px;white-space:nowrap">{esc(d["red"])}</div>')
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
        seal = seal_svg(d["seal"]) if d.get("seal") else ""
        parts.append('<div class="sg">' + seal + "".join(f"<p>{x if x.startswith('<') else esc(x)}</p>" for x in d["sign"]) + "</div>")
    if d.get("after"):
        parts.append(paras(d["after"]))
    if d.get("yinfa"):
        a, b = d["yinfa"]
        parts.append(f'<div class="yf"><span>{esc(a)}</span><span>{esc(b)}</span></div>')
    css = DOC_CSS
    if mode == "print":
        css += ".pgc{width:auto;min-height:0;padding:26mm 24mm 22mm 26mm}"
    else:
        css += "body{width:794px;height:1123px;overflow:hidden}"
    return doc(d["title"], css, f'<div class="pgc">{"".join(parts)}</div>')


GAZETTE_CSS = """
*{margin:0;padding:0;box-sizing:border-box}
body{font-family:'WenQuanYi Micro Hei',serif;color:#111}
@page{size:A4;margin:0}
.pg{width:210mm;height:296mm;padding:24mm 22mm;page-break-after:always;position:relative;overflow:hidden}
.cov{background:linear-gradient(180deg,#fff 0 62%,#c8202a 62%)}
.cov .t{font-size:44px;color:#c8202a;text-align:center;letter-spacing:8px;margin-top:40mm}
.cov .i{text-align:center;font-size:20px;margin-top:10mm}
.cov .o{position:absolute;left:0;right:0;bottom:30mm;text-align:center;color:#fff;font-size:18px;line-height:34px}
.toc h2{font-size:22px;text-align:center;margin-bottom:8mm}
.toc li{list-style:none;display:flex;font-size:15px;line-height:30px;border-bottom:1px dotted #999}.toc li b{flex:1;font-weight:normal}
h3{font-size:19px;text-align:center;margin:4mm 0 5mm}
.pg p{font-size:15px;line-height:27px;text-indent:2em;text-align:justify}.pg p.r{text-align:right}
.pgno{position:absolute;bottom:12mm;left:0;right:0;text-align:center;font-size:13px}
.hdr{font-size:12px;border-bottom:1px solid #c8202a;color:#c8202a;padding-bottom:2mm;margin-bottom:6mm;display:flex;justify-content:space-between}
"""


def gazette(g):
    """g: name, issue, total_no, pub (出版 line), organ, toc [(title, page)], pages [(title, paras)]."""
    cov = (f'<div class="pg cov"><div class="t">{esc(g["name"])}</div><div class="i">{esc(g["issue"])}　（总第{esc(g["total_no"])}期）</div>'
           f'<div class="o">{esc(g["organ"])}　主办<br>{esc(g["pub"])}</div></div>')
    toc = '<div class="pg toc"><h2>目　录</h2><ul>' + "".join(f"<li><b>{esc(t)}</b><span>{esc(p)}</span></li>" for t, p in g["toc"]) + "</ul></div>"
    pages = ""
    for i, (t, ps) in enumerate(g["pages"]):
        pages += (f'<div class="pg"><div class="hdr"><span>{esc(g["name"])}</span><span>{esc(g["issue"])}</span></div>'
                  f'<h3>{esc(t)}</h3>{paras(ps)}<div class="pgno">— {i + 1} —</div></div>')
    return doc(g["name"], GAZETTE_CSS, cov + toc + pages)


SHEET_CSS = DOC_CSS + """
body{width:794px;height:1123px;overflow:hidden}
.sh{border-collapse:collapse;width:100%;font-size:15px}
.sh td,.sh th{border:1px solid #222;height:46px;text-align:center;font-weight:normal}
"""


def sheet(title, head_lines, cols, rows, foot=""):
    """A printed sheet (sign-in list, inspection record) with handwritten cells (wrap them in hw spans)."""
    hd = "".join(f'<p class="n">{x}</p>' for x in head_lines)
    t = '<table class="sh"><tr>' + "".join(f"<th>{esc(c)}</th>" for c in cols) + "</tr>"
    for r in rows:
        t += "<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>"
    t += "</table>"
    return doc(title, SHEET_CSS, f'<div class="pgc"><h1>{esc(title)}</h1>{hd}{t}<div style="margin-top:16px">{foot}</div></div>')
