"""Hold-out 20's own page designs (青县, 沧州市). Only this hold-out uses them.

Desktop designs (desk):
  moyun   the 县政府 portal: ink-navy head with a light wave pattern and a two-line word-mark
          (青县人民政府 / QINGXIAN COUNTY), white nav with bold dark items and a red TOP bar on the
          active one, a LEFT column menu in a boxed card, titles centred over a short red rule, meta
          in a pale-blue strip with `|` separators (`发布日期：… | 来源：… | 浏览量：…`), or an
          unlabelled centred byline, or only a date at the foot; list pages with grey date pills;
          an ink footer with 网站标识码 / 冀ICP备.
  ganlan  the 政府信息公开平台: olive head and tab row of the 法定栏目, a left accordion tree, a
          3-row x 4-column attribute table with grey label cells (索引号 / 发布机构 / 成文日期 /
          发布日期 / 文号 / 主题分类) above the title; a tile home page, lists, an application form.
  wenda   the 政民互动 / 县长信箱 board: rust-orange head, a bordered 6-cell letter table
          (信件编号 / 来信人 / 来信时间 / 信件类型 / 办理单位 / 答复时间), the letter and a beige
          reply box signed `答复单位：… 答复时间：…`.
  jiaoyi  the 公共资源交易中心青县分中心: white head over a violet band with gold rule, left tabs,
          a bordered meta row (发布时间 | 信息来源 | 项目编号 | 浏览次数) under the title.
  gufeng  an old 1000-wide department CMS on a grey-blue ground: sky gradient banner, 12px type,
          red bold title, `【发表日期：2020-6-18】【作者：…】【点击：…】`, a cream `打印此页 关闭窗口` bar.
Frames: a Firefox-like dark window with a UOS-like light taskbar (clock `09:42` over `2020/11/18`).
Phone: WeChat article / account profile, 微博 post / home, 抖音, 头条号, the 青县通 APP (article, guide).
Paper: red-header documents with an SVG seal (redhead), a gazette, a sign-in / record sheet; looks of a
phone photo of a monitor (screen_photo), of paper (paper_photo, desk or 公开栏 glass) and scans (scan).
"""
import html as _html

FONT = "'WenQuanYi Micro Hei',sans-serif"


def esc(s):
    return _html.escape(str(s), quote=True)


def doc(title, css, body, charset="utf-8"):
    return (f'<!DOCTYPE html><html lang="zh-CN"><head><meta charset="{charset}"><title>{esc(title)}</title>'
            f'<style>{css}</style></head><body>{body}</body></html>')


def table(rows, head=True, cls="t"):
    h = ""
    for i, r in enumerate(rows):
        tag = "th" if (i == 0 and head) else "td"
        h += "<tr>" + "".join(f"<{tag}>{c if str(c).startswith('<') else esc(c)}</{tag}>" for c in r) + "</tr>"
    return f'<table class="{cls}">{h}</table>'


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


BASE = f"*{{margin:0;padding:0;box-sizing:border-box}}body{{font-family:{FONT};overflow:hidden;background:#fff;color:#222}}li{{list-style:none}}"

# ------------------------------------------------------------------ moyun: the county portal
MOYUN = BASE + """
body{background:#eef1f4}
.tp{height:30px;line-height:30px;background:#f7f7f7;border-bottom:1px solid #e2e2e2;font-size:12.5px;color:#666;padding:0 5%}
.tp span{float:right}
.hd{height:138px;background:#1f2a36;position:relative;overflow:hidden;padding:30px 5% 0}
.hd:before{content:'';position:absolute;left:0;right:0;bottom:0;height:70px;background:repeating-radial-gradient(circle at 50% 140%,rgba(120,170,210,.16) 0 3px,transparent 3px 14px)}
.hd .wm{position:relative;color:#fff;font-size:38px;letter-spacing:6px;font-weight:bold}
.hd .en{position:relative;color:#9fb6c9;font-size:12px;letter-spacing:3px;margin-top:4px}
.hd .sr{position:absolute;right:5%;top:48px;width:300px;height:34px;background:#fff;border-radius:2px;color:#aaa;font-size:13px;line-height:34px;padding-left:12px}
.hd .sr b{position:absolute;right:0;top:0;width:64px;height:34px;background:#c6302b;color:#fff;text-align:center;font-weight:normal}
.nv{height:52px;background:#fff;border-bottom:1px solid #d9dde2;padding:0 5%;display:flex}
.nv a{flex:1;text-align:center;line-height:49px;font-size:16.5px;font-weight:bold;color:#1f2a36;border-top:3px solid transparent}
.nv a.on{border-top-color:#c6302b;color:#c6302b;background:#fbf3f2}
.cr{padding:12px 5% 0;font-size:13px;color:#7a8591}
.cr em{font-style:normal;color:#c6302b}
.wr{display:flex;padding:12px 5% 20px;gap:18px}
.lm{width:230px;flex:none;background:#fff;border:1px solid #d9dde2;align-self:flex-start}
.lm h3{background:#1f2a36;color:#fff;font-size:16px;padding:12px 16px;font-weight:normal;letter-spacing:2px}
.lm li{padding:11px 16px;border-bottom:1px solid #eef0f2;font-size:14px;color:#333}
.lm li.on{color:#c6302b;background:#fbf3f2;border-left:3px solid #c6302b}
.mn{flex:1;background:#fff;border:1px solid #d9dde2;padding:22px 34px 30px;min-height:760px}
.mn h1{font-size:24px;line-height:36px;text-align:center;color:#14324f;font-weight:bold}
.mn .rule{width:60px;height:3px;background:#c6302b;margin:12px auto 14px}
.mn .sub{text-align:center;color:#555;font-size:14px;margin:-6px 0 10px}
.mn .mt{background:#eef4fa;color:#56697b;font-size:13px;text-align:center;padding:8px 0;margin-bottom:18px}
.mn .mt span{margin:0 10px}
.mn .by{text-align:center;color:#8a96a3;font-size:13.5px;margin-bottom:18px}
.bd p{font-size:16px;line-height:30px;text-indent:2em;margin-bottom:8px;text-align:justify}
.bd p.r{text-align:right;text-indent:0}.bd p.c{text-align:center;text-indent:0;font-weight:bold}.bd p.n{text-indent:0}
.bd .t{border-collapse:collapse;width:100%;font-size:13.5px;margin:8px 0 12px}
.bd .t td,.bd .t th{border:1px solid #b9c3cc;padding:5px 6px;text-align:center}
.bd .t th{background:#eef4fa;font-weight:bold}
.bd .pic{height:200px;margin:6px auto 14px;width:80%;background:linear-gradient(135deg,#7fa6c8,#2e5677);color:#fff;font-size:18px;display:flex;align-items:center;justify-content:center}
.ft2{text-align:right;font-size:13.5px;color:#8a96a3;margin-top:18px}
.tools{border-top:1px solid #e3e7eb;margin-top:18px;padding-top:10px;font-size:13px;color:#8a96a3;text-align:right}
.rel{margin-top:16px}
.rel h4{font-size:15px;color:#14324f;border-left:4px solid #c6302b;padding-left:8px;margin-bottom:6px}
.rel li{display:flex;font-size:14px;line-height:30px;border-bottom:1px dashed #e0e4e8}
.rel li b{flex:1;font-weight:normal}.rel li i{font-style:normal;color:#8a96a3}
.ls h2{font-size:19px;color:#14324f;border-bottom:1px solid #d9dde2;padding-bottom:10px;margin-bottom:4px}
.ls h2:after{content:'';display:block;width:80px;height:3px;background:#c6302b;margin-top:9px;margin-bottom:-11px}
.ls .intro{background:#f8f6ef;border:1px solid #ece4cf;padding:10px 14px;font-size:14px;line-height:25px;color:#555;margin:14px 0 4px}
.ls li{display:flex;align-items:center;line-height:46px;border-bottom:1px dashed #dde1e5;font-size:15px}
.ls li:before{content:'';width:5px;height:5px;background:#c6302b;margin-right:10px}
.ls li b{flex:1;font-weight:normal;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
.ls li i{font-style:normal;font-size:12.5px;color:#6d7a86;background:#eef1f4;border-radius:10px;padding:0 10px;line-height:22px;margin-left:12px}
.pg{text-align:center;margin-top:18px;font-size:13px;color:#666}
.pg span{display:inline-block;border:1px solid #ccd3da;padding:2px 9px;margin:0 2px}
.lead{display:flex;gap:22px;align-items:flex-start}
.lead .ph{width:150px;height:190px;background:linear-gradient(180deg,#c9d3dc,#8e9ba7);flex:none}
.lead dl{font-size:15px;line-height:30px}.lead dt{font-weight:bold;color:#14324f;margin-top:6px}
.fo{background:#1f2a36;color:#aab6c2;font-size:12.5px;line-height:24px;text-align:center;padding:16px 0}
"""


EN = "QINGXIAN COUNTY PEOPLE'S GOVERNMENT"


def _moyun(p, w):
    nav = p.get("nav", ["首页", "政务公开", "政务服务", "政民互动", "走进青县", "专题专栏"])
    on = p.get("on", "政务公开")
    navh = "".join(f'<a class="{"on" if n == on else ""}">{esc(n)}</a>' for n in nav)
    site = p.get("site", "青县人民政府")
    head = (f'<div class="tp">{esc(p.get("weather", "青县　多云转晴　北风2级　空气质量：良"))}'
            f'<span>无障碍浏览　|　关怀版　|　政务微信　|　政务微博　|　手机版</span></div>'
            f'<div class="hd"><div class="wm">{esc(site)}</div><div class="en">{esc(p.get("en", EN))}</div>'
            f'<div class="sr">请输入关键词<b>搜索</b></div></div><div class="nv">{navh}</div>')
    crumb = " / ".join(p["crumb"][:-1]) + (" / " if len(p["crumb"]) > 1 else "") + f'<em>{esc(p["crumb"][-1])}</em>'
    cr = f'<div class="cr">您现在的位置：{crumb}</div>'
    menu = ""
    if p.get("menu"):
        mt, items, mon = p["menu"]
        menu = f'<div class="lm"><h3>{esc(mt)}</h3><ul>' + "".join(
            f'<li class="{"on" if x == mon else ""}">{esc(x)}</li>' for x in items) + "</ul></div>"
    if p.get("listing") is not None:
        intro = f'<div class="intro">{esc(p["intro"])}</div>' if p.get("intro") else ""
        lis = "".join(f"<li><b>{esc(t)}</b><i>{esc(d)}</i></li>" for t, d in p["listing"])
        pgr = '<div class="pg"><span>首页</span><span>上一页</span><span>1</span><span>2</span><span>3</span><span>下一页</span><span>尾页</span>　共 %s 条</div>' % p.get("total", 46)
        main = f'<div class="ls"><h2>{esc(p["title"])}</h2>{intro}<ul>{lis}</ul>{pgr}</div>'
    elif p.get("leader"):
        L = p["leader"]
        dl = "".join(f"<dt>{esc(k)}</dt><dd>{esc(v)}</dd>" for k, v in L["items"])
        main = f'<div class="ls"><h2>{esc(p["title"])}</h2></div><div class="lead" style="margin-top:22px"><div class="ph"></div><dl>{dl}</dl></div>'
    else:
        sub = f'<div class="sub">{esc(p["subtitle"])}</div>' if p.get("subtitle") else ""
        if p.get("meta"):
            mt = '<div class="mt">' + "|".join(f"<span>{esc(m)}</span>" for m in p["meta"]) + "</div>"
        elif p.get("byline"):
            mt = f'<div class="by">{esc(p["byline"])}</div>'
        else:
            mt = '<div style="height:14px"></div>'
        foot = f'<div class="ft2">{esc(p["foot"])}</div>' if p.get("foot") else ""
        rel = ""
        if p.get("related"):
            rt, rl = p["related"]
            rel = f'<div class="rel"><h4>{esc(rt)}</h4><ul>' + "".join(
                f"<li><b>{esc(t)}</b><i>{esc(d)}</i></li>" for t, d in rl) + "</ul></div>"
        main = (f'<h1>{esc(p["title"])}</h1><div class="rule"></div>{sub}{mt}<div class="bd">{paras(p["paras"])}</div>{foot}'
                f'<div class="tools">【打印本页】　【关闭窗口】　分享到：微信　微博</div>{rel}')
    fo = ('<div class="fo">主办：青县人民政府办公室　　承办：青县融媒体中心　　联系电话：0317-4021xxx<br>'
          '网站标识码：1309220001　　冀ICP备05012xxx号　　冀公网安备 13092202000xxx号</div>')
    return f'{head}{cr}<div class="wr">{menu}<div class="mn">{main}</div></div>{fo}'


# ------------------------------------------------------------------ ganlan: the 信息公开 platform
GANLAN = BASE + """
body{background:#f4f4ee}
.hd{height:96px;background:linear-gradient(180deg,#62742f,#4b5a22);padding:22px 4% 0;color:#fff;position:relative}
.hd .n{font-size:30px;letter-spacing:4px;font-weight:bold}
.hd .e{font-size:12px;color:#dfe6c8;margin-top:3px;letter-spacing:1px}
.hd .lk{position:absolute;right:4%;top:34px;font-size:13px;color:#eef2de}
.tabs{background:#3c4819;height:42px;padding:0 4%;display:flex}
.tabs a{color:#e8edd6;font-size:14.5px;line-height:42px;padding:0 16px}
.tabs a.on{background:#f4f4ee;color:#3c4819;font-weight:bold}
.cr{font-size:13px;color:#7b7f6c;padding:10px 4%}
.wr{display:flex;gap:16px;padding:0 4% 22px}
.tr{width:240px;flex:none;background:#fff;border:1px solid #d8dac8;align-self:flex-start}
.tr h3{font-size:15px;background:#e9ecd9;color:#3c4819;padding:10px 14px;border-bottom:1px solid #d8dac8}
.tr li{font-size:14px;padding:9px 14px 9px 26px;border-bottom:1px solid #f0f1e8;position:relative;color:#444}
.tr li:before{content:'\\25B8';position:absolute;left:12px;color:#8a9760}
.tr li.on{background:#62742f;color:#fff}.tr li.on:before{color:#fff}
.tr li.sub{padding-left:40px;font-size:13px;color:#666}.tr li.sub:before{left:26px;content:'-'}
.mn{flex:1;background:#fff;border:1px solid #d8dac8;padding:18px 26px 28px;min-height:760px}
.at{border-collapse:collapse;width:100%;font-size:13.5px;margin-bottom:18px}
.at td{border:1px solid #cfd2bd;padding:7px 10px}
.at td.k{background:#eef0e3;color:#4b5a22;width:11%;white-space:nowrap;text-align:center}
.at td.v{width:39%}
.mn h1{font-size:22px;line-height:34px;text-align:center;color:#222;margin:4px 0 16px}
.bd p{font-size:15.5px;line-height:29px;text-indent:2em;margin-bottom:7px;text-align:justify}
.bd p.r{text-align:right;text-indent:0}.bd p.c{text-align:center;text-indent:0;font-weight:bold}.bd p.n{text-indent:0}
.bd .t{border-collapse:collapse;width:100%;font-size:13px;margin:8px 0}
.bd .t td,.bd .t th{border:1px solid #bfc3a9;padding:4px 6px;text-align:center}
.bd .t th{background:#eef0e3}
.jd{margin-top:16px;border:1px dashed #8a9760;background:#fafbf4;padding:10px 14px;font-size:14px;line-height:26px}
.jd b{color:#4b5a22}
.ls h2{font-size:18px;color:#3c4819;border-bottom:2px solid #62742f;padding-bottom:8px}
.lt{border-collapse:collapse;width:100%;font-size:14px;margin-top:10px}
.lt th{background:#eef0e3;color:#3c4819;font-weight:normal;padding:8px;border-bottom:1px solid #cfd2bd;text-align:left}
.lt td{padding:9px 8px;border-bottom:1px dotted #cfd2bd}
.lt td.d{color:#777;white-space:nowrap;width:110px}
.tiles{display:grid;grid-template-columns:repeat(4,1fr);gap:12px;margin:6px 0 18px}
.tiles div{height:88px;background:linear-gradient(135deg,#7b8c43,#55652a);color:#fff;font-size:16px;display:flex;align-items:center;justify-content:center;border-radius:3px}
.fm{border-collapse:collapse;width:100%;font-size:14px;margin-top:10px}
.fm td{border:1px solid #d8dac8;padding:9px 10px}
.fm td.k{background:#f3f4ea;width:180px;text-align:right;color:#4b5a22}
.fm .in{display:inline-block;width:360px;height:28px;border:1px solid #c9ccb7;background:#fff;vertical-align:middle}
.btn{display:inline-block;background:#62742f;color:#fff;padding:7px 30px;margin:16px 8px 0 0}
.nt{background:#fbf9ef;border:1px solid #e6e0c3;padding:10px 14px;font-size:14px;line-height:25px;margin:10px 0}
.fo{text-align:center;font-size:12.5px;color:#6c715c;padding:14px 0;border-top:3px solid #62742f;background:#fff}
"""
GK_TREE = ["政府信息公开指南", "政府信息公开制度", "机构职能", "法定主动公开内容", "政策文件", "政策解读",
           "重点领域信息公开", "政府信息公开年报", "依申请公开", "目录编制"]


def _ganlan(p, w):
    tabs = ["首页", "指南", "制度", "法定主动公开内容", "年报", "依申请公开", "重点领域", "政策解读"]
    ton = p.get("tab_on", "法定主动公开内容")
    head = (f'<div class="hd"><div class="n">青县政府信息公开平台</div><div class="e">gk.qx-cz.gov.cn　|　青县人民政府</div>'
            f'<div class="lk">返回青县人民政府网　|　智能问答　|　无障碍</div></div>'
            f'<div class="tabs">' + "".join(f'<a class="{"on" if t == ton else ""}">{esc(t)}</a>' for t in tabs) + '</div>')
    cr = '<div class="cr">当前位置：' + esc(" » ".join(p.get("crumb", ["首页"]))) + "</div>"
    org = p.get("org")
    tr = ""
    if p.get("tree", True):
        items = ""
        for t in p.get("tree_items", GK_TREE):
            items += f'<li class="{"on" if t == p.get("tree_on") else ""}">{esc(t)}</li>'
            if t == p.get("tree_on") and p.get("tree_sub"):
                items += "".join(f'<li class="sub">{esc(s)}</li>' for s in p["tree_sub"])
        tr = f'<div class="tr"><h3>{esc(org or "青县人民政府")}</h3><ul>{items}</ul></div>'
    if p.get("home"):
        tiles = "".join(f"<div>{esc(t)}</div>" for t in p["home"]["tiles"])
        rows = "".join(f'<tr><td>{esc(t)}</td><td>{esc(o)}</td><td class="d">{esc(d)}</td></tr>' for t, o, d in p["home"]["latest"])
        main = f'<div class="tiles">{tiles}</div><div class="ls"><h2>最新公开</h2></div><table class="lt"><tr><th>标题</th><th>发布机构</th><th>发布日期</th></tr>{rows}</table>'
    elif p.get("listing") is not None:
        nt = f'<div class="nt">{esc(p["intro"])}</div>' if p.get("intro") else ""
        cols = p.get("cols", ["标题", "发布日期"])
        rows = "".join("<tr>" + "".join(f'<td class="{"d" if j == len(r) - 1 else ""}">{esc(c)}</td>' for j, c in enumerate(r)) + "</tr>" for r in p["listing"])
        main = (f'<div class="ls"><h2>{esc(p["title"])}</h2></div>{nt}<table class="lt"><tr>' + "".join(f"<th>{esc(c)}</th>" for c in cols)
                + f'</tr>{rows}</table><div style="text-align:center;font-size:13px;color:#777;margin-top:14px">共 {p.get("total", 18)} 条　首页 上一页 1 2 下一页 尾页</div>')
    elif p.get("form") is not None:
        nt = "".join(f'<div class="nt">{esc(x)}</div>' for x in p.get("notes", []))
        rows = "".join(f'<tr><td class="k">{esc(k)}</td><td>{v}</td></tr>' for k, v in p["form"])
        main = (f'<div class="ls"><h2>{esc(p["title"])}</h2></div>{nt}<table class="fm">{rows}</table>'
                '<div style="text-align:center"><span class="btn">提交</span><span class="btn" style="background:#999">重填</span></div>')
    else:
        at = ""
        if p.get("attr"):
            a = p["attr"]
            cells = ""
            for i in range(0, len(a), 2):
                pair = a[i:i + 2]
                cells += "<tr>" + "".join(f'<td class="k">{esc(k)}</td><td class="v">{esc(v)}</td>' for k, v in pair) + "</tr>"
            at = f'<table class="at">{cells}</table>'
        jd = f'<div class="jd">{p["link"]}</div>' if p.get("link") else ""
        main = f'{at}<h1>{esc(p["title"])}</h1><div class="bd">{paras(p["paras"])}</div>{jd}'
    fo = '<div class="fo">青县人民政府办公室主办　青县政务公开办公室维护　网站标识码：1309220001　冀ICP备05012xxx号</div>'
    return f'{head}{cr}<div class="wr">{tr}<div class="mn">{main}</div></div>{fo}'


# ------------------------------------------------------------------ wenda: 政民互动
WENDA = BASE + """
body{background:#f6efe9}
.hd{height:84px;background:#b5522b;color:#fff;padding:18px 6%;display:flex;align-items:center}
.hd .n{font-size:28px;font-weight:bold;letter-spacing:3px}
.hd .s{font-size:15px;margin-left:18px;padding-left:18px;border-left:1px solid rgba(255,255,255,.6)}
.nv{background:#fff;height:44px;padding:0 6%;border-bottom:2px solid #b5522b;display:flex}
.nv a{padding:0 20px;line-height:42px;font-size:15px;color:#5a3a2a}
.nv a.on{background:#b5522b;color:#fff}
.ct{margin:16px 6% 24px;background:#fff;border:1px solid #e3d2c6;padding:22px 30px;min-height:720px}
.ct h1{font-size:21px;color:#4a2a1a;margin-bottom:16px}
.lt{border-collapse:collapse;width:100%;font-size:14px;margin-bottom:16px}
.lt td{border:1px solid #dcc7b8;padding:8px 10px}
.lt td.k{background:#f8ece4;color:#8a4524;width:110px;text-align:center}
.box{border:1px solid #e3d2c6;padding:12px 16px;font-size:15px;line-height:28px;margin-bottom:14px}
.box h4{font-size:15px;color:#b5522b;margin-bottom:4px}
.re{background:#fbf5e6;border:1px solid #ead9b0}
.re .sg{text-align:right;color:#6b5a4a;font-size:14px;margin-top:8px}
.st{display:inline-block;background:#3f8f4f;color:#fff;font-size:12.5px;padding:1px 10px;border-radius:10px;margin-left:10px;vertical-align:middle}
.tb{border-collapse:collapse;width:100%;font-size:14px}
.tb th{background:#f8ece4;color:#8a4524;font-weight:normal;padding:8px;border:1px solid #dcc7b8}
.tb td{padding:8px;border:1px solid #e8d9ce;text-align:center}
.tb td.l{text-align:left}
.fo{text-align:center;color:#8a6a5a;font-size:12.5px;padding:12px}
"""


def _wenda(p, w):
    nav = ["互动首页", "县长信箱", "部门信箱", "我为政府网站找错", "在线访谈", "征集调查"]
    on = p.get("on", "县长信箱")
    head = (f'<div class="hd"><div class="n">青县人民政府</div><div class="s">政民互动</div></div>'
            f'<div class="nv">' + "".join(f'<a class="{"on" if n == on else ""}">{esc(n)}</a>' for n in nav) + "</div>")
    if p.get("rows") is not None:
        th = "".join(f"<th>{esc(c)}</th>" for c in p["cols"])
        tr = "".join("<tr>" + "".join(f'<td class="{"l" if j == 1 else ""}">{esc(c)}</td>' for j, c in enumerate(r)) + "</tr>" for r in p["rows"])
        intro = f'<div class="box">{esc(p["intro"])}</div>' if p.get("intro") else ""
        main = f'<h1>{esc(p["title"])}</h1>{intro}<table class="tb"><tr>{th}</tr>{tr}</table>'
    else:
        info = p["info"]
        cells = ""
        for i in range(0, len(info), 3):
            cells += "<tr>" + "".join(f'<td class="k">{esc(k)}</td><td>{esc(v)}</td>' for k, v in info[i:i + 3]) + "</tr>"
        st = f'<span class="st">{esc(p.get("status", "已办结"))}</span>'
        main = (f'<h1>{esc(p["title"])}{st}</h1><table class="lt">{cells}</table>'
                f'<div class="box"><h4>{esc(p.get("q_label", "来信内容"))}</h4>{esc(p["letter"])}</div>'
                f'<div class="box re"><h4>答复内容</h4>{paras(p["reply"]) if isinstance(p["reply"], list) else esc(p["reply"])}'
                f'<div class="sg">{esc(p["sign"])}</div></div>')
    return f'{head}<div class="ct">{main}</div><div class="fo">青县人民政府办公室　版权所有　网站标识码：1309220001</div>'


# ------------------------------------------------------------------ jiaoyi: 公共资源交易分中心
JIAOYI = BASE + """
body{background:#f3f3f8}
.hd{height:88px;background:#fff;padding:20px 5%;display:flex;align-items:center}
.hd .lg{width:50px;height:50px;border-radius:25px;background:radial-gradient(circle,#f3c64e 0 9px,#3b3f8f 10px)}
.hd .n{margin-left:14px;font-size:25px;font-weight:bold;color:#3b3f8f;letter-spacing:2px}
.hd .n small{display:block;font-size:12px;color:#888;font-weight:normal;letter-spacing:0}
.band{height:46px;background:#3b3f8f;border-bottom:3px solid #d9a520;padding:0 5%;display:flex}
.band a{color:#fff;line-height:46px;padding:0 22px;font-size:15.5px}
.band a.on{background:#2a2d6e}
.wr{display:flex;gap:16px;padding:16px 5% 24px}
.tb{width:210px;flex:none;align-self:flex-start;background:#fff;border:1px solid #d7d8e6}
.tb li{padding:12px 16px;border-bottom:1px solid #ececf4;font-size:14.5px}
.tb li.on{background:#3b3f8f;color:#fff}
.mn{flex:1;background:#fff;border:1px solid #d7d8e6;padding:20px 30px;min-height:760px}
.mn h1{font-size:22px;text-align:center;line-height:34px;color:#1e2050;margin-bottom:14px}
.mr{border-collapse:collapse;margin:0 auto 18px;font-size:13px;color:#555}
.mr td{border:1px solid #d7d8e6;padding:6px 14px;background:#fafafe}
.bd p{font-size:15.5px;line-height:29px;text-indent:2em;margin-bottom:7px}
.bd p.n{text-indent:0}.bd p.h{text-indent:0;font-weight:bold;color:#1e2050}.bd p.r{text-align:right;text-indent:0}
.bd .t{border-collapse:collapse;width:100%;font-size:13.5px;margin:8px 0}
.bd .t td,.bd .t th{border:1px solid #c5c7dc;padding:5px;text-align:center}
.bd .t th{background:#ececf6}
.fo{text-align:center;font-size:12.5px;color:#666;padding:14px;background:#e4e5ef}
"""


def _jiaoyi(p, w):
    band = ["首页", "交易信息", "政策法规", "服务指南", "信用信息", "专家库", "下载中心"]
    tabs = ["工程建设", "政府采购", "国有产权", "土地矿产", "其他交易"]
    head = ('<div class="hd"><div class="lg"></div><div class="n">沧州市公共资源交易中心青县分中心<small>青县公共资源交易中心</small></div></div>'
            '<div class="band">' + "".join(f'<a class="{"on" if b == "交易信息" else ""}">{esc(b)}</a>' for b in band) + "</div>")
    tb = '<div class="tb"><ul>' + "".join(f'<li class="{"on" if t == p.get("tab_on") else ""}">{esc(t)}</li>' for t in tabs) + "</ul></div>"
    mr = '<table class="mr"><tr>' + "".join(f"<td>{esc(k)}：{esc(v)}</td>" for k, v in p["meta"]) + "</tr></table>"
    main = f'<h1>{esc(p["title"])}</h1>{mr}<div class="bd">{paras(p["paras"])}</div>'
    return f'{head}<div class="wr">{tb}<div class="mn">{main}</div></div><div class="fo">沧州市公共资源交易中心青县分中心　地址：青县清州镇新华路xx号　电话：0317-40xxxxx</div>'


# ------------------------------------------------------------------ gufeng: an old department CMS
GUFENG = BASE + """
body{background:#9fb3c6;font-size:12px}
.pg{width:1000px;margin:0 auto;background:#fff}
.bn{height:110px;background:linear-gradient(180deg,#5f9bd0,#cfe4f5 80%,#fff);padding:26px 24px}
.bn .n{font-size:30px;color:#fff;font-weight:bold;letter-spacing:4px;text-shadow:2px 2px 0 #2f5f8c}
.bn .u{font-size:12px;color:#2f5f8c;margin-top:6px}
.mu{height:30px;background:#2f5f8c;color:#fff;font-size:13px;line-height:30px;padding-left:14px}
.mu span{margin-right:26px}
.wz{height:26px;line-height:26px;border-bottom:1px solid #c4d4e3;background:#eef4f9;padding-left:10px;color:#555}
.ar{padding:16px 40px 20px;min-height:640px}
.ar h1{font-size:20px;color:#c00000;text-align:center;line-height:30px;margin:6px 0 10px}
.ar .fb{text-align:center;color:#666;font-size:12px;border-bottom:1px dotted #aaa;padding-bottom:8px;margin-bottom:14px}
.ar p{font-size:14px;line-height:26px;text-indent:2em;margin-bottom:4px}
.ar p.r{text-align:right;text-indent:0}.ar p.n{text-indent:0}.ar p.c{text-align:center;text-indent:0;font-weight:bold}
.ar .t{border-collapse:collapse;width:100%;font-size:12.5px;margin:6px 0}
.ar .t td,.ar .t th{border:1px solid #9ab;padding:3px 4px;text-align:center}
.ar .t th{background:#e3edf6}
.cb{background:#fdf7e3;border:1px solid #eadfb4;text-align:right;padding:5px 12px;color:#555;margin-top:14px}
.ft{border-top:2px solid #2f5f8c;text-align:center;color:#555;line-height:22px;padding:8px 0 12px}
"""


def _gufeng(p, w):
    unit = p.get("unit", "青县教育和体育局")
    body = (f'<div class="pg"><div class="bn"><div class="n">{esc(unit)}</div><div class="u">{esc(p.get("url", ""))}</div></div>'
            '<div class="mu">' + "".join(f"<span>{esc(m)}</span>" for m in p.get("menu", ["网站首页", "机构设置", "政务公开", "通知公告", "工作动态", "办事指南", "联系我们"])) + "</div>"
            f'<div class="wz">您现在的位置：{esc(" >> ".join(p["crumb"]))}</div>'
            f'<div class="ar"><h1>{esc(p["title"])}</h1><div class="fb">{esc(p["fb"])}</div>{paras(p["paras"])}'
            '<div class="cb">【打印此页】　【关闭窗口】</div></div>'
            f'<div class="ft">版权所有：{esc(unit)}　技术支持：青县信息中心<br>建议使用1024×768分辨率浏览</div></div>')
    return body


DESIGNS = {"moyun": (MOYUN, _moyun), "ganlan": (GANLAN, _ganlan), "wenda": (WENDA, _wenda),
           "jiaoyi": (JIAOYI, _jiaoyi), "gufeng": (GUFENG, _gufeng)}


def desk(design, p, w=1366, h=900, q=80, zoom=1.0, charset="utf-8"):
    css, fn = DESIGNS[design]
    css += f"body{{width:{w / zoom:.0f}px}}" + (f"html{{zoom:{zoom}}}" if zoom != 1.0 else "")
    return doc(p.get("tab", p.get("title", "青县人民政府")), css, fn(p, w), charset), (w, h, q)


# ------------------------------------------------------------------ Firefox-like window + UOS-like taskbar
WINDOW = BASE + """
.w{position:absolute;left:0;top:0;overflow:hidden;background:#fff}
.ts{height:38px;background:#1c1b22;padding:4px 0 0 6px;white-space:nowrap}
.tb{display:inline-block;height:32px;line-height:32px;background:#42414d;color:#fbfbfe;border-radius:4px;padding:0 12px;font-size:12.5px;width:250px;overflow:hidden;margin-right:4px}
.tb.o{background:transparent;color:#bfbfc9}
.ab{height:42px;background:#2b2a33;display:flex;align-items:center;padding:0 10px;font-size:13.5px;color:#fbfbfe}
.ab .ic{width:20px;text-align:center;color:#bfbfc9;margin-right:6px}
.ab .u{flex:1;height:30px;line-height:30px;background:#1c1b22;border-radius:4px;padding:0 12px;margin:0 10px}
.ab .u em{font-style:normal;color:#9f9fad;margin-right:8px}
.vw{position:absolute;left:0;right:0;overflow:hidden}
.vw img{display:block}
.dk{position:absolute;left:0;right:0;bottom:0;height:44px;background:rgba(235,238,242,.97);border-top:1px solid #c9ced6;display:flex;align-items:center;padding:0 10px}
.dk .lc{width:30px;height:30px;border-radius:8px;background:linear-gradient(135deg,#2ca7f8,#1462c4);margin-right:10px}
.dk .ap{width:30px;height:30px;border-radius:7px;margin:0 5px;background:#c6ccd6}
.dk .ap.a{background:linear-gradient(135deg,#ff9a3d,#e2531f)}
.dk .ck{margin-left:auto;text-align:center;font-size:12px;line-height:16px;color:#222;padding-right:8px}
"""


def window(img_path, w, h, fr, q=80):
    """A page image inside a Firefox-like window on a UOS-like desktop; fr: url, tab, time, date or dock=False."""
    dock = 44 if fr.get("dock", True) else 0
    top = 38 + 42
    body = (f'<div class="w" style="width:{w}px;height:{h}px"><div class="ts"><span class="tb">{esc(fr["tab"])}</span>'
            f'<span class="tb o">{esc(fr.get("tab2", "新标签页"))}</span></div>'
            f'<div class="ab"><span class="ic">&#8592;</span><span class="ic">&#8594;</span><span class="ic">&#8635;</span>'
            f'<div class="u"><em>&#9432;</em>{esc(fr["url"])}</div><span class="ic">&#9734;</span><span class="ic">&#8801;</span></div>'
            f'<div class="vw" style="top:{top}px;bottom:{dock}px"><img src="file://{img_path}"></div>')
    if dock:
        body += ('<div class="dk"><div class="lc"></div><div class="ap a"></div><div class="ap"></div><div class="ap"></div><div class="ap"></div>'
                 f'<div class="ck">{esc(fr["time"])}<br>{esc(fr["date"])}</div></div>')
    body += "</div>"
    return doc(fr["tab"], WINDOW, body), (w, h, q)


# ------------------------------------------------------------------ phone pages
PHONE = BASE + """
body{background:#fff}
.sb{height:28px;line-height:28px;font-size:13.5px;padding:0 16px;display:flex;font-weight:bold}
.sb span{margin-left:auto;font-weight:normal;font-size:12.5px}
.nb{height:46px;line-height:46px;text-align:center;font-size:16.5px;background:#ededed;position:relative;color:#111}
.nb:before{content:'\\2190';position:absolute;left:16px;font-size:20px}
.nb:after{content:'\\22EF';position:absolute;right:16px;font-size:20px}
.wx{padding:18px 18px 28px}
.wx .og{display:inline-block;font-size:12px;color:#888;background:#f2f2f2;padding:0 6px;margin-right:6px;border-radius:2px}
.wx h2{font-size:21px;line-height:31px;margin:6px 0 10px;color:#111}
.wx .by{font-size:14px;color:#999;margin-bottom:18px}.wx .by a{color:#576b95;margin-right:8px}
.wx p{font-size:16px;line-height:28.5px;margin-bottom:14px;text-align:justify;color:#333}
.wx p.c{text-align:center}.wx p.r{text-align:right}.wx p.n{text-indent:0}
.wx .pic{height:180px;border-radius:3px;margin:2px 0 14px;color:#fff;font-size:17px;font-weight:bold;display:flex;align-items:center;justify-content:center;text-align:center;padding:0 18px}
.wx .ft{font-size:13.5px;color:#999;display:flex;justify-content:space-between;margin-top:8px}
.wx .t{border-collapse:collapse;width:100%;font-size:13px;margin:4px 0 14px}
.wx .t td,.wx .t th{border:1px solid #ccc;padding:4px;text-align:center}
.pf{text-align:center;padding:24px 16px 14px;border-bottom:8px solid #f3f3f3}
.pf .lg{width:68px;height:68px;border-radius:8px;margin:0 auto 10px;color:#fff;line-height:68px;font-size:17px;font-weight:bold}
.pf h3{font-size:19px}.pf .d{font-size:13px;color:#888;margin-top:6px;line-height:20px}
.pf .bt{display:inline-block;margin-top:12px;background:#07c160;color:#fff;font-size:14px;padding:5px 40px;border-radius:4px}
.ml .it{display:flex;padding:12px 16px;border-bottom:1px solid #f0f0f0}
.ml .it b{flex:1;font-weight:normal;font-size:15.5px;line-height:23px}
.ml .it i{width:72px;height:54px;margin-left:12px;border-radius:2px}
.ml .hd{font-size:13px;color:#888;padding:12px 16px 4px}
.menu{position:absolute;left:0;right:0;bottom:0;height:50px;display:flex;border-top:1px solid #ddd;background:#f7f7f7}
.menu span{flex:1;text-align:center;line-height:50px;font-size:14.5px;border-right:1px solid #e2e2e2}
.wb{padding:14px 14px 8px;border-bottom:8px solid #f2f2f2}
.wb .h{display:flex;align-items:center}
.wb .av{width:46px;height:46px;border-radius:23px;color:#fff;text-align:center;line-height:46px;font-size:13px;margin-right:10px;flex:none}
.wb .nm{font-size:15.5px;color:#ff8200;font-weight:bold}.wb .nm i{font-style:normal;font-size:11px;color:#fff;background:#f5a623;border-radius:7px;padding:0 4px;margin-left:4px}
.wb .tm{font-size:12.5px;color:#999;margin-top:2px}
.wb .tx{font-size:15.5px;line-height:25px;color:#222;padding:10px 0 8px}.wb .tx a{color:#eb7350}
.wb .im{height:210px;border-radius:4px}
.wb .op{display:flex;justify-content:space-around;font-size:13px;color:#777;margin-top:10px;padding-top:8px;border-top:1px solid #f0f0f0}
.cm{padding:10px 14px;border-bottom:1px solid #f2f2f2;font-size:14px;line-height:22px}.cm b{color:#eb7350;font-weight:normal}.cm small{display:block;color:#aaa;font-size:12px}
.cov{height:150px}
.wh{padding:0 16px 12px;border-bottom:8px solid #f2f2f2;position:relative}
.wh .av{width:76px;height:76px;border-radius:38px;border:3px solid #fff;margin-top:-38px;color:#fff;text-align:center;line-height:70px;font-size:16px}
.wh h3{font-size:19px;margin-top:6px}.wh .d{font-size:13px;color:#777;margin-top:4px;line-height:20px}
.wh .n{display:flex;gap:22px;font-size:13.5px;margin-top:8px}.wh .n b{font-size:15px}
.wt{display:flex;border-bottom:1px solid #eee}.wt span{flex:1;text-align:center;line-height:42px;font-size:15px;color:#666}.wt span.on{color:#ff8200;border-bottom:2px solid #ff8200}
.dy{background:#111;position:relative;overflow:hidden}
.dy .v{position:absolute;left:0;right:0;top:80px;bottom:130px}
.dy .pl{position:absolute;left:50%;top:44%;margin-left:-30px;width:60px;height:60px;border-radius:30px;background:rgba(255,255,255,.25)}
.dy .rt{position:absolute;right:12px;bottom:200px;color:#fff;font-size:12.5px;text-align:center}
.dy .rt div{margin-top:18px}.dy .rt i{display:block;width:38px;height:38px;border-radius:19px;background:rgba(255,255,255,.85);margin:0 auto 4px}
.dy .in{position:absolute;left:14px;right:70px;bottom:70px;color:#fff;font-size:15px;line-height:23px}
.dy .in b{font-size:16.5px}.dy .in .d{color:#ccc;font-size:13px}
.dy .bar{position:absolute;left:0;right:0;bottom:0;height:50px;display:flex;color:#fff;font-size:15px;border-top:1px solid #333}.dy .bar span{flex:1;text-align:center;line-height:50px}
.tt{padding:16px 16px 26px}
.tt h2{font-size:22px;line-height:32px;color:#222;margin-bottom:12px}
.tt .au{display:flex;align-items:center;margin-bottom:16px}.tt .au i{width:38px;height:38px;border-radius:19px;background:#d43d3d;margin-right:10px}
.tt .au b{font-size:14.5px;display:block}.tt .au small{font-size:12.5px;color:#999}
.tt .au .fo{margin-left:auto;background:#f04142;color:#fff;font-size:13.5px;padding:4px 14px;border-radius:4px}
.tt p{font-size:16.5px;line-height:29px;margin-bottom:14px;color:#222;text-align:justify}
.app .hd{height:48px;line-height:48px;text-align:center;background:#0f6fbf;color:#fff;font-size:17px;position:relative}
.app .hd:before{content:'\\2039';position:absolute;left:16px;font-size:28px}
.app .ar{padding:16px 16px 24px}
.app .ar h2{font-size:20px;line-height:30px}
.app .ar .m{font-size:13px;color:#8d98a5;margin:10px 0 16px;padding-bottom:10px;border-bottom:1px solid #edf0f3}
.app .ar p{font-size:15.5px;line-height:27px;margin-bottom:12px;text-align:justify}
.app .gd{margin:0 16px 12px;border:1px solid #e2e8ef;border-radius:6px;padding:10px 12px;font-size:14.5px;line-height:24px}
.app .gd h4{font-size:15px;color:#0f6fbf;margin-bottom:4px}
"""
PICS = {"blue": "linear-gradient(135deg,#4f86c6,#1b3f73)", "green": "linear-gradient(135deg,#5fb47f,#1f6d46)",
        "red": "linear-gradient(135deg,#e0655a,#9c2219)", "gold": "linear-gradient(135deg,#efc25a,#c47a14)",
        "grey": "linear-gradient(135deg,#a3acb5,#4f5963)", "teal": "linear-gradient(135deg,#46b8b2,#176c78)",
        "ink": "linear-gradient(135deg,#4a5a6b,#1f2a36)", "orange": "linear-gradient(135deg,#f4a460,#c2571a)"}


def phone(kind, w, k, h=None, q=80, clock="09:41"):
    """kind: wechat | wxprofile | weibo | wbhome | douyin | toutiao | app | appguide."""
    scale = w / 390.0
    h = h or int(844 * scale)
    css = PHONE + f"body{{width:390px;height:{h / scale:.0f}px;position:relative}}html{{zoom:{scale:.4f}}}"
    dark = kind == "douyin"
    sb = f'<div class="sb" style="{"color:#fff;background:#111" if dark else ""}">{esc(clock)}<span>4G　▮▮▮▯　71%</span></div>'
    if kind == "wechat":
        pic = f'<div class="pic" style="background:{PICS[k.get("pic_color", "blue")]}">{esc(k["pic"])}</div>' if k.get("pic") else ""
        og = '<span class="og">原创</span>' if k.get("original") else ""
        page = (f'{sb}<div class="nb"></div><div class="wx">{og}<h2>{esc(k["title"])}</h2>'
                f'<div class="by"><a>{esc(k["account"])}</a>{esc(k["byline"])}</div>{pic}{paras(k["paras"])}'
                f'<div class="ft"><span>{esc(k.get("reads", "阅读 2156"))}</span><span>赞 {esc(k.get("likes", "31"))}　在看 {esc(k.get("watch", "9"))}</span></div></div>')
    elif kind == "wxprofile":
        its = ""
        for day, rows in k["items"]:
            its += f'<div class="hd">{esc(day)}</div>' if day else ""
            its += "".join(f'<div class="it"><b>{esc(t)}</b><i style="background:{PICS[c]}"></i></div>' for t, c in rows)
        page = (f'{sb}<div class="nb"></div><div class="pf"><div class="lg" style="background:{PICS["ink"]}">{esc(k["logo"])}</div>'
                f'<h3>{esc(k["account"])}</h3><div class="d">{esc(k["intro"])}</div><div class="d">{esc(k["subject"])}</div>'
                f'<span class="bt">发消息</span></div><div class="ml">{its}</div>'
                '<div class="menu"><span>青县要闻</span><span>办事服务</span><span>互动</span></div>')
    elif kind == "weibo":
        im = f'<div class="im" style="background:{PICS[k.get("pic_color", "grey")]}"></div>' if k.get("img", True) else ""
        cms = "".join(f'<div class="cm"><b>{esc(n)}</b>：{esc(t)}<small>{esc(tm)}</small></div>' for n, t, tm in k.get("comments", []))
        page = (f'{sb}<div class="nb">微博正文</div><div class="wb"><div class="h"><div class="av" style="background:{PICS[k.get("av_color", "blue")]}">{esc(k["av"])}</div>'
                f'<div><div class="nm">{esc(k["name"])}<i>V</i></div><div class="tm">{esc(k["time"])}</div></div></div>'
                f'<div class="tx">{k["text"]}</div>{im}<div class="op"><span>转发 {k.get("rt", 17)}</span><span>评论 {k.get("cm", 6)}</span><span>赞 {k.get("lk", 94)}</span></div></div>{cms}')
    elif kind == "wbhome":
        posts = ""
        for tm, tx in k["posts"]:
            posts += (f'<div class="wb"><div class="h"><div class="av" style="background:{PICS["blue"]}">{esc(k["av"])}</div>'
                      f'<div><div class="nm">{esc(k["name"])}<i>V</i></div><div class="tm">{esc(tm)}</div></div></div><div class="tx">{tx}</div></div>')
        page = (f'{sb}<div class="cov" style="background:{PICS["teal"]}"></div><div class="wh"><div class="av" style="background:{PICS["blue"]}">{esc(k["av"])}</div>'
                f'<h3>{esc(k["name"])}</h3><div class="d">{esc(k["intro"])}</div><div class="n"><span><b>{esc(k["follow"])}</b> 关注</span><span><b>{esc(k["fans"])}</b> 粉丝</span><span><b>{esc(k["count"])}</b> 微博</span></div></div>'
                f'<div class="wt"><span>精选</span><span class="on">微博</span><span>视频</span><span>相册</span></div>{posts}')
    elif kind == "douyin":
        css += f".dy{{height:{h / scale:.0f}px}}"
        page = (f'<div class="dy">{sb}<div class="v" style="background:{PICS[k.get("pic_color", "teal")]};opacity:.8"></div><div class="pl"></div>'
                f'<div class="rt"><div><i></i>{esc(k.get("lk", "8426"))}</div><div><i></i>{esc(k.get("cm", "312"))}</div><div><i></i>分享</div></div>'
                f'<div class="in"><b>@{esc(k["name"])}</b> <span class="d">· {esc(k["time"])}</span><br>{esc(k["text"])}</div>'
                '<div class="bar"><span>首页</span><span>朋友</span><span>＋</span><span>消息</span><span>我</span></div></div>')
    elif kind == "toutiao":
        page = (f'{sb}<div class="nb" style="background:#fff;border-bottom:1px solid #eee">　</div><div class="tt"><h2>{esc(k["title"])}</h2><div class="au"><i></i><div><b>{esc(k["name"])}</b>'
                f'<small>{esc(k["time"])}　{esc(k.get("tag", "青县政务头条号"))}</small></div><span class="fo">关注</span></div>{paras(k["paras"])}</div>')
    elif kind == "app":
        page = (f'{sb}<div class="app"><div class="hd">{esc(k.get("bar", "青县通 · 资讯"))}</div><div class="ar"><h2>{esc(k["title"])}</h2>'
                f'<div class="m">{esc(k["meta"])}</div>{paras(k["paras"])}</div></div>')
    else:  # appguide
        secs = "".join(f'<div class="gd"><h4>{esc(a)}</h4><div>{esc(b)}</div></div>' for a, b in k["secs"])
        page = (f'{sb}<div class="app"><div class="hd">青县通 · 办事指南</div><div class="ar"><h2>{esc(k["title"])}</h2>'
                f'<div class="m">{esc(k["meta"])}</div></div>{secs}</div>')
    return doc(k.get("title", "青县"), css, page), (w, h, q)


# ------------------------------------------------------------------ photos and scans
def screen_photo(img_path, pw, ph, w=1200, h=900, rot=1.2, tilt=-5, scale=0.8, q=72, dx=0, dy=0):
    """A phone photo of a monitor showing the page image: dark room, bezel, perspective, moiré, a glare."""
    css = (f"*{{margin:0;padding:0}}html,body{{width:{w}px;height:{h}px;overflow:hidden;background:linear-gradient(170deg,#4a4f55,#1d2024 70%)}}"
           f".mon{{position:absolute;left:50%;top:50%;width:{pw + 36}px;height:{ph + 36}px;margin-left:{-(pw + 36) / 2 + dx}px;margin-top:{-(ph + 36) / 2 + dy}px;"
           f"background:#202124;border-radius:6px;padding:18px;transform:perspective(2000px) rotateY({tilt}deg) rotateZ({rot}deg) scale({scale});box-shadow:0 24px 60px rgba(0,0,0,.75)}}"
           ".mon img{display:block;filter:brightness(1.03) saturate(.88) contrast(.95) blur(.45px)}"
           ".mo{position:absolute;left:18px;top:18px;right:18px;bottom:18px;background:repeating-linear-gradient(-32deg,rgba(0,0,0,.05) 0 2px,rgba(255,255,255,.035) 2px 5px)}"
           ".gl{position:absolute;left:0;top:0;width:100%;height:100%;background:radial-gradient(ellipse at 22% 78%,rgba(255,255,255,.28),rgba(255,255,255,0) 38%)}")
    return doc("photo", css, f'<div class="mon"><img src="file://{img_path}"><div class="mo"></div></div><div class="gl"></div>'), (w, h, q)


def paper_photo(img_path, w=1200, h=1600, rot=1.6, glass=False, q=70, iw=794, ih=1123, scale=1.3, left=110, top=100):
    """A phone photo of a printed page: on an office desk, or behind the glass of a 公开栏."""
    bg = "linear-gradient(180deg,#6b7b86,#3d4a52)" if glass else "radial-gradient(ellipse at 55% 45%,#b7a889,#6b5d45 72%,#41382a)"
    extra = (".gl{position:absolute;left:0;top:0;width:100%;height:100%;background:linear-gradient(100deg,rgba(255,255,255,0) 25%,rgba(255,255,255,.26) 38%,rgba(255,255,255,0) 52%)}"
             ".fr{position:absolute;left:34px;top:44px;right:34px;bottom:44px;border:24px solid #a7b0b6;box-shadow:inset 0 0 28px rgba(0,0,0,.45)}") if glass else \
        ".gl{position:absolute;left:0;top:0;width:100%;height:100%;background:linear-gradient(200deg,rgba(255,255,255,.15),rgba(0,0,0,0) 45%,rgba(0,0,0,.24))}"
    css = (f"*{{margin:0;padding:0}}html,body{{width:{w}px;height:{h}px;overflow:hidden;background:{bg}}}"
           f".pp{{position:absolute;left:{left}px;top:{top}px;width:{iw}px;height:{ih}px;transform:rotate({rot}deg) scale({scale});transform-origin:0 0;box-shadow:-8px 14px 34px rgba(0,0,0,.5)}}"
           ".pp img{display:block;filter:sepia(.1) brightness(.96)}" + extra)
    fr = '<div class="fr"></div>' if glass else ""
    return doc("photo", css, f'<div class="pp"><img src="file://{img_path}"></div>{fr}<div class="gl"></div>'), (w, h, q)


SCAN_SIZE = {150: (1240, 1754), 200: (1654, 2339), 300: (2480, 3508)}


def scan(img_path, dpi=200, rot=-0.5, grey=False, q=60):
    w, h = SCAN_SIZE[dpi]
    s = w / 794.0
    filt = "grayscale(1) contrast(1.25) brightness(1.02)" if grey else "contrast(1.1) saturate(1.08)"
    css = (f"*{{margin:0;padding:0}}html,body{{width:{w}px;height:{h}px;overflow:hidden;background:#fcfcf9}}"
           f".sc{{position:absolute;left:{w * 0.012:.0f}px;top:{h * 0.006:.0f}px;transform:rotate({rot}deg) scale({s * 0.98:.4f});transform-origin:0 0}}"
           f".sc img{{display:block;filter:{filt}}}"
           ".ed{position:absolute;left:0;top:0;width:100%;height:100%;background:linear-gradient(180deg,rgba(0,0,0,.06),rgba(0,0,0,0) 2%,rgba(0,0,0,0) 98%,rgba(0,0,0,.07))}")
    return doc("scan", css, f'<div class="sc"><img src="file://{img_path}"></div><div class="ed"></div>'), (w, h, q)


# ------------------------------------------------------------------ documents
DOC_CSS = """
*{margin:0;padding:0;box-sizing:border-box}
body{font-family:'WenQuanYi Micro Hei',serif;color:#111;background:#fff}
.pgc{width:794px;min-height:1123px;padding:74px 84px 56px;position:relative;font-size:17px;line-height:30px}
.red{color:#d61b1b;text-align:center;line-height:54px;margin-top:6px;font-weight:bold;transform:scaleY(1.2)}
.no{text-align:center;font-size:16px;margin:16px 0 4px}
.rl{border-top:2.5px solid #d61b1b;margin:6px 0 28px}
h1{font-size:22px;text-align:center;line-height:34px;margin:8px 0 22px;font-weight:bold}
.st{text-align:center;font-size:15px;margin:-14px 0 18px}
p{text-indent:2em;text-align:justify}p.n{text-indent:0}p.r{text-align:right;text-indent:0;padding-right:30px}p.c{text-align:center;text-indent:0}p.h{text-indent:0;font-weight:bold}
.t{border-collapse:collapse;width:100%;font-size:13.5px;line-height:21px;margin:8px 0}
.t td,.t th{border:1px solid #222;padding:3px 4px;text-align:center;font-weight:normal}
.sg{margin-top:34px;position:relative}
.sg p{text-align:right;text-indent:0;padding-right:34px}
.seal{position:absolute;right:48px;top:-36px;opacity:.8;mix-blend-mode:multiply}
.yf{margin-top:40px;border-top:1px solid #111;border-bottom:1px solid #111;font-size:15px;padding:3px 6px;display:flex;justify-content:space-between}
.hw{color:#1d3f9e;font-style:italic;font-size:1.1em;transform:rotate(-3deg);display:inline-block;letter-spacing:1px}
.cc{font-size:14px;line-height:24px;margin-top:18px;border-top:1px solid #888;padding-top:4px}
"""


def seal_svg(text, color="#e2231a", size=158):
    chars = list(text)
    n = len(chars)
    arc = 230
    spans = "".join(
        f'<text x="80" y="80" font-size="{min(18, 210 / n + 1.5):.1f}" fill="{color}" text-anchor="middle" '
        f'transform="rotate({-arc / 2 + arc * i / max(n - 1, 1):.1f} 80 80) translate(0 -53)">{esc(c)}</text>'
        for i, c in enumerate(chars))
    return (f'<svg class="seal" viewBox="0 0 160 160" width="{size}" height="{size}"><circle cx="80" cy="80" r="75" fill="none" stroke="{color}" stroke-width="4.5"/>'
            f'{spans}<text x="80" y="97" font-size="44" fill="{color}" text-anchor="middle">★</text></svg>')


def redhead(d, mode="image"):
    """d: red, no, title, subtitle, to, paras, sign (lines), seal (text or None), yinfa (a, b), after, cc."""
    parts = []
    if d.get("red"):
        n = len(d["red"])
        fs = min(40, int(610 / n) - 4)
        parts.append(f'<div class="red" style="font-size:{fs}px;letter-spacing:{4 if fs >= 30 else 1}px;white-space:nowrap">{esc(d["red"])}</div>')
        if d.get("no"):
            parts.append(f'<div class="no">{esc(d["no"])}</div>')
        parts.append('<div class="rl"></div>')
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
    if d.get("cc"):
        parts.append(f'<div class="cc">{esc(d["cc"])}</div>')
    if d.get("yinfa"):
        a, b = d["yinfa"]
        parts.append(f'<div class="yf"><span>{esc(a)}</span><span>{esc(b)}</span></div>')
    css = DOC_CSS
    if mode == "print":
        css += ".pgc{width:auto;min-height:0;padding:25mm 24mm 22mm 26mm}@page{size:A4;margin:0}"
    else:
        css += "body{width:794px;height:1123px;overflow:hidden}"
    return doc(d["title"], css, f'<div class="pgc">{"".join(parts)}</div>')


GAZETTE_CSS = """
*{margin:0;padding:0;box-sizing:border-box}
body{font-family:'WenQuanYi Micro Hei',serif;color:#111}
@page{size:A4;margin:0}
.pg{width:210mm;height:296mm;padding:24mm 22mm;page-break-after:always;position:relative;overflow:hidden}
.cov{border:0;background:linear-gradient(90deg,#a51d24 0 18mm,#fff 18mm)}
.cov .t{font-size:46px;color:#a51d24;text-align:center;letter-spacing:10px;margin-top:50mm;padding-left:14mm}
.cov .i{text-align:center;font-size:21px;margin-top:12mm;padding-left:14mm}
.cov .o{position:absolute;left:18mm;right:0;bottom:34mm;text-align:center;font-size:17px;line-height:32px;color:#333}
.toc h2{font-size:22px;text-align:center;margin-bottom:8mm;letter-spacing:8px}
.toc li{list-style:none;display:flex;font-size:15px;line-height:31px;border-bottom:1px dotted #999}.toc li b{flex:1;font-weight:normal}
h3{font-size:19px;text-align:center;margin:4mm 0 5mm}
.pg p{font-size:15px;line-height:27px;text-indent:2em;text-align:justify}.pg p.r{text-align:right}
.pgno{position:absolute;bottom:12mm;left:0;right:0;text-align:center;font-size:13px}
.hdr{font-size:12px;border-bottom:2px solid #a51d24;color:#a51d24;padding-bottom:2mm;margin-bottom:6mm;display:flex;justify-content:space-between}
"""


def gazette(g):
    """g: name, issue, total_no, pub (出版 line), organ, toc [(title, page)], pages [(title, paras)]."""
    cov = (f'<div class="pg cov"><div class="t">{esc(g["name"])}</div><div class="i">{esc(g["issue"])}　（总第{esc(g["total_no"])}期）</div>'
           f'<div class="o">{esc(g["organ"])}　编印<br>{esc(g["pub"])}</div></div>')
    toc = '<div class="pg toc"><h2>目录</h2><ul>' + "".join(f"<li><b>{esc(t)}</b><span>{esc(p)}</span></li>" for t, p in g["toc"]) + "</ul></div>"
    pages = ""
    for i, (t, ps) in enumerate(g["pages"]):
        pages += (f'<div class="pg"><div class="hdr"><span>{esc(g["name"])}</span><span>{esc(g["issue"])}</span></div>'
                  f'<h3>{esc(t)}</h3>{paras(ps)}<div class="pgno">· {i + 1} ·</div></div>')
    return doc(g["name"], GAZETTE_CSS, cov + toc + pages)


SHEET_CSS = DOC_CSS + """
body{width:794px;height:1123px;overflow:hidden}
.sh{border-collapse:collapse;width:100%;font-size:15px}
.sh td,.sh th{border:1px solid #222;height:44px;text-align:center;font-weight:normal}
"""


def sheet(title, head_lines, cols, rows, foot=""):
    """A printed sheet (sign-in list, check record) with handwritten cells (hw spans)."""
    hd = "".join(f'<p class="n">{x}</p>' for x in head_lines)
    t = '<table class="sh"><tr>' + "".join(f"<th>{esc(c)}</th>" for c in cols) + "</tr>"
    for r in rows:
        t += "<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>"
    t += "</table>"
    return doc(title, SHEET_CSS, f'<div class="pgc"><h1>{esc(title)}</h1>{hd}{t}<div style="margin-top:16px">{foot}</div></div>')
