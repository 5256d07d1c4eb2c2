"""Hold-out 21's own page designs (故城县, 衡水市). Only this hold-out uses them.

Desktop designs (desk):
  yunhe   the 县政府 portal: charcoal head with a drawn canal (three wave lines and a bridge arch) and
          a gold two-line word-mark (故城县人民政府 / GUCHENG COUNTY · 运河之城), a sand-gold nav with a
          white underline on the active item, a pinned weather chip (no date); articles in a white
          sheet with a LEFT-aligned title, a thin gold rule and a left-aligned meta line
          (`发布时间：… ｜ 来源：… ｜ 阅读：…  〔大 中 小〕〔打印〕`), or an unlabelled `2020-10-23 ｜ unit`
          byline, or only a light date right at the foot; a right column of 热点专题 cards with dated
          items; list pages with a left column menu and `[2020-10-12]` dates; a charcoal footer.
  gkpt    the 政府信息公开平台: white head with a wide search box, a cyan tab row of 法定栏目 with a coral
          active tab, a left numbered 机构 list, the article first and a bordered 8-cell 信息卡 at the
          FOOT (索引号 / 信息分类 / 发布机构 / 有效性 / 成文日期 / 发布日期 / 文号 / 关键词), 相关解读 links;
          a tile home page, 序号/标题/文号/发布日期 lists and an application form.
  hudong  the 政民互动 board: cream ground, moss-green head, a tab strip (县长信箱 / 我为政府网站找错 …),
          a 信件详情 panel as a 2-column key/value grid (留言时间 among them), the letter as a grey bubble,
          the reply in a moss-bordered bubble headed `答复单位：… 答复时间：…`.
  ggzy    the 故城县公共资源交易中心: near-black navy head with amber rule, a left vertical step rail
          (招标公告 → 中标结果), the title, an amber-edged meta row (`发布时间：2020-06-10 09:00:00 |
          信息来源 | 项目编号`), a key/value project table and the text.
  bumen   a department sub-site (1280): ivory ground, a sunset-gradient band with the unit's name, grey
          round-topped tabs, no meta under the title; `发布于：2020年05月18日` small and light at the
          foot right, then 上一篇 / 下一篇 links with their titles.
Frame: a 360-browser-like green window with a Windows-7 glass taskbar (clock `10:15` over `2020/11/17`).
Phone: WeChat article / history, 微博 post / home, 抖音 video page, 头条号 article, the 故城通 APP.
Paper: red-header documents with an SVG seal (redhead), a gazette, a table sheet; looks of a phone photo
of a monitor (screen_photo), of paper (paper_photo: desk or 公开栏 glass) and scans (scan).
"""
import html as _html

FONT = "'WenQuanYi Micro Hei',sans-serif"


def esc(s):
    return _html.escape(str(s), quote=True)


def doc(title, css, body, charset="utf-8"):
    return (f'<!DOCTYPE html><html lang="zh-CN"><head><meta charset="{charset}"><title>{esc(title)}</title>'
            f'<style>{css}</style></head><body>{body}</body></html>')


def table(rows, head=True, cls="t"):
    out = []
    for i, r in enumerate(rows):
        tag = "th" if head and i == 0 else "td"
        out.append("<tr>" + "".join(f"<{tag}>{c}</{tag}>" for c in r) + "</tr>")
    return f'<table class="{cls}">' + "".join(out) + "</table>"


def paras(ps):
    """str -> <p>; a string starting with '<' is raw html; ('r', t) right-aligned; ('c', t) centred;
    ('h', t) a bold heading line; ('tbl', rows) a table."""
    out = []
    for x in ps:
        if isinstance(x, tuple):
            k, v = x
            if k == "tbl":
                out.append(table(v))
            else:
                out.append(f'<p class="{k}">{esc(v)}</p>')
        elif x.startswith("<"):
            out.append(x)
        else:
            out.append(f"<p>{esc(x)}</p>")
    return "".join(out)


BASE = (f"*{{margin:0;padding:0;box-sizing:border-box}}body{{font-family:{FONT};overflow:hidden;background:#fff;"
        "color:#222}li{list-style:none}")

# ------------------------------------------------------------------ yunhe: the 县政府 portal
YUNHE = BASE + """
body{background:#efece6}
.hd{height:150px;background:#26282b;position:relative;overflow:hidden}
.hd svg{position:absolute;right:0;top:0}
.wm{position:absolute;left:70px;top:34px;color:#d9b664}
.wm b{display:block;font-size:40px;letter-spacing:8px;font-weight:bold}
.wm i{display:block;font-style:normal;font-size:13px;letter-spacing:3px;color:#a89a78;margin-top:6px}
.wx{position:absolute;right:70px;top:18px;font-size:12px;color:#cfc7b3;border:1px solid #5d5a52;border-radius:12px;padding:2px 12px}
.sch{position:absolute;right:70px;top:92px;width:300px;height:32px;border:1px solid #6d675a;background:#33353a;color:#8d867a;font-size:13px;line-height:30px;padding-left:12px}
.sch:after{content:'搜索';position:absolute;right:0;top:-1px;height:32px;width:60px;background:#d9b664;color:#26282b;text-align:center}
.nv{background:#d4b46a;height:48px;display:flex;padding:0 70px}
.nv a{color:#2a2a2a;font-size:17px;line-height:48px;padding:0 26px;font-weight:bold;position:relative}
.nv a.on{color:#fff}
.nv a.on:after{content:'';position:absolute;left:20px;right:20px;bottom:6px;height:3px;background:#fff}
.crumb{padding:14px 70px 0;font-size:13px;color:#7a7466}
.wrap{display:flex;padding:12px 70px 20px;gap:18px}
.sheet{flex:1;background:#fff;padding:26px 34px 30px;min-height:760px;border-top:3px solid #26282b}
.sheet h1{font-size:26px;line-height:38px;color:#1d1d1d;text-align:left}
.sheet .sub{font-size:15px;color:#666;margin-top:4px}
.gold{height:2px;background:linear-gradient(90deg,#d4b46a,#d4b46a 160px,#eee 160px);margin:12px 0 10px}
.meta{font-size:13px;color:#7b7b7b;margin-bottom:18px}
.meta span{margin-right:4px}
.meta em{font-style:normal;float:right;color:#999}
.by{font-size:13px;color:#9a9a9a;margin-bottom:18px;letter-spacing:1px}
.body p{font-size:16px;line-height:30px;text-indent:2em;margin-bottom:8px;text-align:justify}
.body p.r{text-align:right;text-indent:0;padding-right:2em}
.body p.c{text-align:center;text-indent:0}
.body p.h{text-indent:0;font-weight:bold}
.body table{border-collapse:collapse;width:100%;margin:8px 0 12px;font-size:14px}
.body th{background:#f3ecd9;border:1px solid #c9bb97;padding:6px}
.body td{border:1px solid #d8d0bd;padding:5px 6px;text-align:center}
.foot{font-size:12px;color:#b3b3b3;text-align:right;margin-top:26px}
.rel{margin-top:22px;border-top:1px solid #e5dfcf;padding-top:10px}
.rel h4{font-size:15px;color:#8b6d25;margin-bottom:6px}
.rel li{font-size:14px;line-height:28px;display:flex;color:#444}
.rel li b{font-weight:normal;flex:1}
.rel li i{font-style:normal;color:#aaa}
.side{width:300px}
.card{background:#fff;margin-bottom:14px;border-top:3px solid #d4b46a}
.card h3{font-size:16px;padding:10px 14px;color:#26282b;border-bottom:1px solid #eee}
.card li{font-size:13px;padding:7px 14px;border-bottom:1px dotted #e2e2e2;line-height:20px}
.card li i{display:block;font-style:normal;color:#aaa;font-size:12px}
.menu{width:220px;background:#fff;align-self:flex-start}
.menu h3{background:#26282b;color:#d9b664;font-size:18px;padding:14px 18px}
.menu li{font-size:15px;padding:12px 18px;border-bottom:1px solid #eee;color:#444}
.menu li.on{background:#f6efdc;color:#8b6d25;font-weight:bold;border-left:4px solid #d4b46a}
.lst h2{font-size:20px;color:#26282b;padding-bottom:10px;border-bottom:2px solid #d4b46a;margin-bottom:6px}
.lst li{display:flex;font-size:15px;line-height:44px;border-bottom:1px dashed #ddd}
.lst li:before{content:'';width:6px;height:6px;background:#d4b46a;margin:19px 12px 0 0}
.lst li b{font-weight:normal;flex:1;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
.lst li i{font-style:normal;color:#999}
.intro{background:#f8f4ea;border-left:4px solid #d4b46a;padding:10px 14px;font-size:14px;line-height:24px;color:#555;margin:8px 0}
.pg{text-align:center;font-size:13px;color:#777;margin-top:18px}
.pg b{display:inline-block;border:1px solid #d4b46a;padding:2px 9px;margin:0 2px;font-weight:normal}
.ft{background:#26282b;color:#9d978a;font-size:12px;line-height:24px;text-align:center;padding:18px 0}
"""

WAVES = ('<svg width="760" height="150" viewBox="0 0 760 150"><g fill="none" stroke="#d4b46a" stroke-opacity=".28">'
         '<path d="M0 118 Q40 104 80 118 T160 118 T240 118 T320 118 T400 118 T480 118 T560 118 T640 118 T720 118 T800 118" stroke-width="2"/>'
         '<path d="M0 132 Q40 118 80 132 T160 132 T240 132 T320 132 T400 132 T480 132 T560 132 T640 132 T720 132 T800 132" stroke-width="2"/>'
         '<path d="M0 145 Q40 131 80 145 T160 145 T240 145 T320 145 T400 145 T480 145 T560 145 T640 145 T720 145 T800 145" stroke-width="2"/>'
         '<path d="M300 118 Q380 40 460 118" stroke-width="5"/><path d="M318 118 L318 96 M442 118 L442 96" stroke-width="3"/>'
         '<path d="M578 14 v10 M566 26 q12 -4 24 0 M564 40 q14 -5 28 0 M562 54 q16 -5 32 0 M560 68 q18 -6 36 0 M558 82 q20 -6 40 0 M570 26 v56 M586 26 v56" stroke-width="2"/></g></svg>')


def _yunhe(p, w):
    nav = p.get("nav", ["首页", "走进故城", "政务公开", "政务服务", "政民互动", "专题专栏"])
    on = p.get("on", "政务公开")
    navh = "".join(f'<a class="{"on" if n == on else ""}">{esc(n)}</a>' for n in nav)
    head = (f'<div class="hd">{WAVES}<div class="wm"><b>故城县人民政府</b><i>GUCHENG COUNTY · 运河之城</i></div>'
            f'<div class="wx">郑口　晴　2～11°C　空气质量 良</div><div class="sch">请输入搜索内容</div></div>'
            f'<div class="nv">{navh}</div><div class="crumb">您现在的位置：{esc(" ＞ ".join(p["crumb"]))}</div>')
    if p.get("listing") is not None:
        menu = p.get("menu", ("政务公开", []))
        mh = f'<div class="menu"><h3>{esc(menu[0])}</h3><ul>' + "".join(
            f'<li class="{"on" if m == p["title"] else ""}">{esc(m)}</li>' for m in menu[1]) + '</ul></div>'
        intro = f'<div class="intro">{esc(p["intro"])}</div>' if p.get("intro") else ""
        items = "".join(f'<li><b>{esc(t)}</b><i>[{esc(d)}]</i></li>' for t, d in p["listing"])
        pg = p.get("pager", "共 86 条　首页 上一页 <b>1</b><b>2</b><b>3</b> 下一页 尾页")
        main = f'{mh}<div class="sheet lst"><h2>{esc(p["title"])}</h2>{intro}<ul>{items}</ul><div class="pg">{pg}</div></div>'
    else:
        sub = f'<div class="sub">{esc(p["subtitle"])}</div>' if p.get("subtitle") else ""
        if p.get("meta"):
            mt = f'<div class="meta">{"　｜　".join(esc(m) for m in p["meta"])}<em>〔大 中 小〕〔打印〕〔关闭〕</em></div>'
        elif p.get("byline"):
            mt = f'<div class="by">{esc(p["byline"])}</div>'
        else:
            mt = '<div class="meta"><em>〔大 中 小〕〔打印〕〔关闭〕</em>&nbsp;</div>'
        foot = f'<div class="foot">{esc(p["foot"])}</div>' if p.get("foot") else ""
        rel = ""
        if p.get("related"):
            rel = (f'<div class="rel"><h4>{esc(p.get("related_title", "相关阅读"))}</h4><ul>'
                   + "".join(f'<li><b>{esc(t)}</b><i>{esc(d)}</i></li>' for t, d in p["related"]) + "</ul></div>")
        side = ""
        if p.get("side", True):
            cards = p.get("cards", [("热点专题", [("2020年政务公开专栏", "2020-11-02"), ("优化营商环境", "2020-10-28"),
                                                ("大运河文化带建设", "2020-10-19"), ("疫情防控", "2020-09-30")])])
            side = '<div class="side">' + "".join(
                f'<div class="card"><h3>{esc(t)}</h3><ul>' + "".join(f'<li>{esc(a)}<i>{esc(b)}</i></li>' for a, b in its) + "</ul></div>"
                for t, its in cards) + "</div>"
        main = (f'<div class="sheet"><h1>{esc(p["title"])}</h1>{sub}<div class="gold"></div>{mt}'
                f'<div class="body">{paras(p["paras"])}</div>{foot}{rel}</div>{side}')
    ft = ('<div class="ft">主办：故城县人民政府办公室　承办：故城县融媒体中心　网站标识码：1311260005<br>'
          '冀ICP备05011782号　冀公网安备 13112602000118号　联系电话：0318-5361207</div>')
    return f'{head}<div class="wrap">{main}</div>{ft}'


# ------------------------------------------------------------------ gkpt: 政府信息公开平台
GKPT = BASE + """
body{background:#f4f8fb}
.top{background:#fff;height:118px;padding:0 60px;display:flex;align-items:center;border-bottom:1px solid #d9e6ee}
.em{width:70px;height:70px;border-radius:50%;border:4px solid #0a7bb5;color:#0a7bb5;font-size:15px;text-align:center;line-height:62px;font-weight:bold;margin-right:16px}
.tt b{display:block;font-size:30px;color:#0a5d89;letter-spacing:2px}
.tt i{display:block;font-style:normal;color:#7a9aac;font-size:13px;margin-top:4px}
.sbx{margin-left:auto;width:420px;height:40px;border:2px solid #0a7bb5;border-radius:20px;font-size:14px;color:#9ab;line-height:36px;padding-left:18px;position:relative}
.sbx:after{content:'检索';position:absolute;right:-2px;top:-2px;height:40px;width:78px;border-radius:0 20px 20px 0;background:#0a7bb5;color:#fff;text-align:center;line-height:40px}
.tabs{background:#0a7bb5;display:flex;padding:0 60px}
.tabs a{color:#fff;font-size:15px;line-height:46px;padding:0 22px}
.tabs a.on{background:#f26b4f}
.crumb{padding:12px 60px;font-size:13px;color:#6b8796}
.wrap{display:flex;gap:16px;padding:0 60px 20px}
.org{width:240px;background:#fff;border:1px solid #d9e6ee;align-self:flex-start}
.org h3{font-size:15px;color:#fff;background:#0a5d89;padding:10px 14px}
.org li{font-size:14px;padding:9px 14px;border-bottom:1px solid #edf2f5;color:#3c5563}
.org li b{display:inline-block;width:22px;height:22px;border-radius:50%;background:#e4f1f8;color:#0a7bb5;text-align:center;line-height:22px;font-size:12px;margin-right:8px;font-weight:normal}
.org li.on{color:#f26b4f;font-weight:bold}
.art{flex:1;background:#fff;border:1px solid #d9e6ee;padding:26px 40px 30px;min-height:760px}
.art h1{font-size:24px;line-height:36px;text-align:center;color:#0d3b55}
.fs{text-align:center;font-size:12px;color:#98aab5;margin:8px 0 16px;border-bottom:1px solid #e6eef2;padding-bottom:10px}
.body p{font-size:16px;line-height:30px;text-indent:2em;margin-bottom:8px;text-align:justify}
.body p.r{text-align:right;text-indent:0;padding-right:2em}
.body p.c{text-align:center;text-indent:0}
.body p.h{text-indent:0;font-weight:bold}
.body table{border-collapse:collapse;width:100%;margin:8px 0;font-size:14px}
.body th{background:#e4f1f8;border:1px solid #a9cde0;padding:5px}
.body td{border:1px solid #c9dde8;padding:5px;text-align:center}
.card{margin-top:24px;border:1px solid #a9cde0}
.card .ch{background:#e4f1f8;color:#0a5d89;font-size:14px;padding:6px 12px;font-weight:bold}
.card table{border-collapse:collapse;width:100%;font-size:13px}
.card td{border-top:1px solid #d4e6ef;padding:7px 10px;color:#35505e}
.card td.k{background:#f6fafc;color:#6b8796;width:90px;border-right:1px solid #d4e6ef}
.jd{margin-top:16px;font-size:14px}
.jd b{color:#f26b4f;margin-right:10px}
.jd a{color:#0a7bb5;text-decoration:underline;margin-right:10px}
.jd i{font-style:normal;color:#999}
.lt{width:100%;border-collapse:collapse;font-size:14px;margin-top:10px}
.lt th{background:#0a7bb5;color:#fff;padding:9px;font-weight:normal}
.lt td{border-bottom:1px solid #e3ecf1;padding:10px 8px;color:#333}
.lt td.c{text-align:center;color:#888}
.lt tr:nth-child(even) td{background:#f7fbfd}
.ttl{font-size:18px;color:#0a5d89;border-left:5px solid #f26b4f;padding-left:10px;margin-bottom:8px}
.note{font-size:13px;color:#666;background:#fff7f4;border:1px dashed #f3b6a6;padding:8px 12px;line-height:22px;margin:8px 0}
.tiles{display:grid;grid-template-columns:repeat(4,1fr);gap:12px;margin-bottom:16px}
.tile{background:linear-gradient(135deg,#13a0e0,#0a6ea5);color:#fff;height:96px;padding:16px;font-size:17px}
.tile:nth-child(3n){background:linear-gradient(135deg,#f58a6e,#e25a3c)}
.tile i{display:block;font-style:normal;font-size:12px;opacity:.85;margin-top:10px}
.cols{display:grid;grid-template-columns:1fr 1fr;gap:14px}
.box{border:1px solid #d9e6ee}
.box h4{background:#f0f6fa;padding:8px 12px;color:#0a5d89;font-size:15px}
.box li{display:flex;font-size:13px;padding:6px 12px;border-bottom:1px dotted #e2e2e2}
.box li b{flex:1;font-weight:normal;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
.box li i{font-style:normal;color:#999;margin-left:8px}
.fm{width:100%;border-collapse:collapse;font-size:14px}
.fm td{border:1px solid #d4e6ef;padding:8px 10px}
.fm td.k{background:#f0f6fa;width:180px;text-align:right;color:#35505e}
.fm .in{display:inline-block;width:320px;height:26px;border:1px solid #b9cfdb;vertical-align:middle;background:#fff}
.fm .ck{display:inline-block;width:13px;height:13px;border:1px solid #888;margin:0 4px 0 14px;vertical-align:middle}
.bt{display:inline-block;background:#f26b4f;color:#fff;padding:8px 30px;margin:16px 8px 0 0;font-size:15px}
.gft{text-align:center;font-size:12px;color:#7a95a4;padding:14px 0;border-top:3px solid #0a7bb5;background:#fff}
"""

GK_TABS = ["首页", "信息公开指南", "信息公开制度", "法定主动公开内容", "信息公开年报", "依申请公开", "政策解读"]
GK_ORGS = ["县政府办公室", "县发展和改革局", "县教育和体育局", "县民政局", "县司法局", "县财政局", "县人社局",
           "县自然资源和规划局", "县住房和城乡建设局", "县卫生健康局", "县行政审批局", "乡镇（区）"]


def _gkpt(p, w):
    tab_on = p.get("tab_on", "法定主动公开内容")
    tabs = "".join(f'<a class="{"on" if t == tab_on else ""}">{esc(t)}</a>' for t in GK_TABS)
    head = (f'<div class="top"><div class="em">故城</div><div class="tt"><b>故城县人民政府信息公开平台</b>'
            f'<i>xxgk.gcx-hs.gov.cn · 政府信息公开 公开为常态 不公开为例外</i></div><div class="sbx">请输入标题、文号或索引号</div></div>'
            f'<div class="tabs">{tabs}</div><div class="crumb">当前位置：{esc(" / ".join(p["crumb"]))}</div>')
    org_on = p.get("org", "")
    org = ('<div class="org"><h3>公开机构</h3><ul>' + "".join(
        f'<li class="{"on" if o == org_on else ""}"><b>{i + 1}</b>{esc(o)}</li>' for i, o in enumerate(p.get("orgs", GK_ORGS))) + "</ul></div>")
    if p.get("home"):
        tiles = "".join(f'<div class="tile">{esc(a)}<i>{esc(b)}</i></div>' for a, b in p["tiles"])
        cols = "".join(f'<div class="box"><h4>{esc(t)}</h4><ul>' + "".join(f'<li><b>{esc(a)}</b><i>{esc(b)}</i></li>' for a, b in its) + "</ul></div>"
                       for t, its in p["boxes"])
        main = f'<div class="art"><div class="tiles">{tiles}</div><div class="cols">{cols}</div></div>'
    elif p.get("listing") is not None:
        rows = "".join(f'<tr><td class="c">{i + 1}</td><td>{esc(t)}</td><td class="c">{esc(n)}</td><td class="c">{esc(d)}</td></tr>'
                       for i, (t, n, d) in enumerate(p["listing"]))
        note = f'<div class="note">{esc(p["note"])}</div>' if p.get("note") else ""
        main = (f'<div class="art"><div class="ttl">{esc(p["title"])}</div>{note}<table class="lt"><tr><th style="width:60px">序号</th>'
                f'<th>标题</th><th style="width:200px">文号</th><th style="width:120px">发布日期</th></tr>{rows}</table>'
                f'<div style="text-align:center;font-size:13px;color:#888;margin-top:14px">{esc(p.get("pager", "共 1 页 12 条"))}</div></div>')
    elif p.get("form") is not None:
        rows = "".join(f'<tr><td class="k">{esc(k)}</td><td>{v}</td></tr>' for k, v in p["form"])
        note = f'<div class="note">{p["note"]}</div>' if p.get("note") else ""
        main = (f'<div class="art"><h1>{esc(p["title"])}</h1><div class="fs">&nbsp;</div>{note}<table class="fm">{rows}</table>'
                f'<div style="text-align:center"><span class="bt">提交申请</span><span class="bt" style="background:#9ab">重新填写</span></div></div>')
    else:
        card = ""
        if p.get("card"):
            cells = p["card"]
            rows = ""
            for i in range(0, len(cells), 2):
                a, b = cells[i], cells[i + 1] if i + 1 < len(cells) else ("", "")
                rows += f'<tr><td class="k">{esc(a[0])}</td><td>{esc(a[1])}</td><td class="k">{esc(b[0])}</td><td>{esc(b[1])}</td></tr>'
            card = f'<div class="card"><div class="ch">信息卡</div><table>{rows}</table></div>'
        jd = ""
        if p.get("jd"):
            jd = '<div class="jd"><b>{}</b>'.format(esc(p.get("jd_title", "相关解读："))) + "".join(
                f'<a>{esc(t)}</a><i>{esc(d)}</i>　' for t, d in p["jd"]) + "</div>"
        main = (f'<div class="art"><h1>{esc(p["title"])}</h1><div class="fs">【字号：大 中 小】　【打印本页】　【关闭窗口】</div>'
                f'<div class="body">{paras(p["paras"])}</div>{card}{jd}</div>')
    return (f'{head}<div class="wrap">{org}{main}</div><div class="gft">故城县人民政府办公室 主办　网站标识码：1311260005'
            f'　冀ICP备05011782号</div>')


# ------------------------------------------------------------------ hudong: 政民互动
HUDONG = BASE + """
body{background:#f6f3e8}
.hd{background:#4f6d3a;height:96px;padding:0 80px;display:flex;align-items:center;color:#fff}
.hd b{font-size:28px;letter-spacing:2px}
.hd span{margin-left:18px;font-size:15px;border-left:1px solid #b8c9a6;padding-left:18px;color:#e2ecd6}
.hd em{margin-left:auto;font-style:normal;font-size:13px;color:#d5e2c6}
.st{background:#fff;border-bottom:1px solid #ddd6c2;padding:0 80px;display:flex}
.st a{font-size:16px;padding:14px 22px;color:#555}
.st a.on{color:#4f6d3a;font-weight:bold;border-bottom:3px solid #4f6d3a}
.in{padding:18px 80px 30px}
.pn{background:#fff;border:1px solid #e2dccb;border-radius:6px;padding:20px 28px;margin-bottom:16px}
.pn h2{font-size:19px;color:#3b5229;margin-bottom:12px}
.kv{display:grid;grid-template-columns:1fr 1fr;font-size:14px;border-top:1px solid #eee}
.kv div{padding:9px 4px;border-bottom:1px solid #eee;color:#333}
.kv div b{display:inline-block;width:96px;color:#8a8a7a;font-weight:normal}
.bub{background:#f1f0ec;border-radius:12px;padding:16px 20px;font-size:15px;line-height:28px;color:#333;position:relative;margin:8px 0 0 0}
.rep{border:2px solid #8eaa72;border-radius:12px;padding:16px 20px;background:#fbfdf8}
.rep .rh{font-size:14px;color:#4f6d3a;border-bottom:1px dashed #b9cca6;padding-bottom:8px;margin-bottom:8px}
.rep .rh span{margin-right:30px}
.rep p{font-size:15px;line-height:28px;text-indent:2em;margin-bottom:6px}
.lst li{display:flex;font-size:14px;line-height:42px;border-bottom:1px solid #eee}
.lst li b{flex:1;font-weight:normal}
.lst li i{font-style:normal;width:120px;color:#999}
.lst li em{font-style:normal;width:80px;color:#4f6d3a}
.ft{text-align:center;font-size:12px;color:#8a8470;padding:12px 0}
"""


def _hudong(p, w):
    tabs = ["县长信箱", "我为政府网站找错", "咨询投诉", "征集调查", "在线访谈", "办理统计"]
    on = p.get("tab", "县长信箱")
    st = "".join(f'<a class="{"on" if t == on else ""}">{esc(t)}</a>' for t in tabs)
    head = (f'<div class="hd"><b>故城县人民政府</b><span>政民互动平台</span><em>hd.gcx-hs.gov.cn　　登录 | 注册</em></div>'
            f'<div class="st">{st}</div>')
    kv = "".join(f'<div><b>{esc(k)}</b>{esc(v)}</div>' for k, v in p["kv"])
    letter = "".join(f"<p>{esc(x)}</p>" for x in p["letter"])
    rh = "".join(f"<span>{esc(x)}</span>" for x in p["reply_head"])
    reply = "".join(f"<p>{esc(x)}</p>" for x in p["reply"])
    body = (f'<div class="pn"><h2>{esc(p["title"])}</h2><div class="kv">{kv}</div>'
            f'<div style="font-size:14px;color:#8a8a7a;margin-top:14px">留言内容：</div><div class="bub">{letter}</div></div>'
            f'<div class="pn"><h2>答复意见</h2><div class="rep"><div class="rh">{rh}</div>{reply}</div></div>')
    return f'{head}<div class="in">{body}</div><div class="ft">故城县人民政府办公室 主办　故城县融媒体中心 技术支持</div>'


# ------------------------------------------------------------------ ggzy: 公共资源交易中心
GGZY = BASE + """
body{background:#eef0f4}
.hd{background:#14213d;height:92px;border-bottom:4px solid #fca311;padding:0 90px;display:flex;align-items:center}
.hd b{color:#fff;font-size:28px;letter-spacing:1px}
.hd i{font-style:normal;color:#fca311;font-size:13px;margin-left:14px;border:1px solid #fca311;padding:2px 8px}
.hd em{margin-left:auto;color:#8d99ae;font-style:normal;font-size:13px}
.nv{background:#1f2e52;padding:0 90px;display:flex}
.nv a{color:#cfd6e6;font-size:15px;line-height:42px;padding:0 20px}
.nv a.on{color:#14213d;background:#fca311}
.wrap{display:flex;gap:18px;padding:16px 90px 24px}
.rail{width:210px;align-self:flex-start;background:#fff;padding:10px 0}
.rail li{font-size:14px;padding:12px 18px 12px 34px;color:#555;position:relative}
.rail li:before{content:'';position:absolute;left:16px;top:17px;width:8px;height:8px;border-radius:50%;background:#c4cad6}
.rail li.on{color:#14213d;font-weight:bold;background:#fff4de}
.rail li.on:before{background:#fca311}
.main{flex:1;background:#fff;padding:24px 36px 30px;min-height:780px}
.main h1{font-size:23px;text-align:center;line-height:34px;color:#14213d}
.mr{margin:14px 0 18px;border-left:4px solid #fca311;background:#f7f8fa;font-size:13px;color:#5c6678;padding:8px 12px}
.mr span{margin-right:18px}
.kt{border-collapse:collapse;width:100%;font-size:14px;margin-bottom:14px}
.kt td{border:1px solid #dfe3ea;padding:8px 10px}
.kt td.k{background:#f4f6f9;width:150px;color:#5c6678}
.body p{font-size:15px;line-height:29px;text-indent:2em;margin-bottom:6px}
.body p.h{text-indent:0;font-weight:bold;color:#14213d}
.body p.r{text-align:right;text-indent:0;padding-right:2em}
.body table{border-collapse:collapse;width:100%;font-size:14px;margin:6px 0}
.body th{background:#14213d;color:#fff;padding:6px;font-weight:normal}
.body td{border:1px solid #dfe3ea;padding:6px;text-align:center}
.ft{background:#14213d;color:#8d99ae;text-align:center;font-size:12px;padding:14px 0}
"""


def _ggzy(p, w):
    nav = ["首页", "交易信息", "政策法规", "办事指南", "诚信体系", "专家库", "服务指南"]
    navh = "".join(f'<a class="{"on" if n == "交易信息" else ""}">{esc(n)}</a>' for n in nav)
    rail = p.get("rail", ["招标公告", "变更公告", "中标候选人公示", "中标结果公示", "产权交易公告", "土地矿权出让"])
    ron = p.get("rail_on", rail[0])
    railh = '<ul class="rail">' + "".join(f'<li class="{"on" if r == ron else ""}">{esc(r)}</li>' for r in rail) + "</ul>"
    kt = ""
    if p.get("kv"):
        kt = '<table class="kt">' + "".join(
            f'<tr><td class="k">{esc(a)}</td><td>{esc(b)}</td><td class="k">{esc(c)}</td><td>{esc(d)}</td></tr>' for a, b, c, d in p["kv"]) + "</table>"
    mr = '<div class="mr">' + "".join(f"<span>{esc(m)}</span>" for m in p["meta"]) + "</div>"
    return (f'<div class="hd"><b>故城县公共资源交易中心</b><i>衡水市公共资源交易平台故城分平台</i><em>ggzy.gcx-hs.gov.cn　服务热线 0318-5320157</em></div>'
            f'<div class="nv">{navh}</div><div class="wrap">{railh}<div class="main"><h1>{esc(p["title"])}</h1>{mr}{kt}'
            f'<div class="body">{paras(p["paras"])}</div></div></div><div class="ft">故城县公共资源交易中心　地址：故城县郑口镇运河大街166号</div>')


# ------------------------------------------------------------------ bumen: department sub-site
BUMEN = BASE + """
body{background:#faf7f0}
.band{height:120px;background:linear-gradient(100deg,#f08a5d 0%,#e85d75 55%,#b83b5e 100%);padding:30px 60px;color:#fff}
.band b{font-size:32px;letter-spacing:3px;display:block}
.band i{font-style:normal;font-size:13px;opacity:.9}
.tb{display:flex;padding:0 60px;background:#e9e3d6}
.tb a{margin-top:8px;margin-right:6px;background:#d7cfbe;border-radius:10px 10px 0 0;padding:9px 22px;font-size:15px;color:#554}
.tb a.on{background:#faf7f0;color:#b83b5e;font-weight:bold}
.pg{margin:22px 60px;background:#fff;border:1px solid #eadfcf;padding:30px 60px 26px;min-height:720px}
.pg h1{font-size:25px;text-align:center;line-height:38px;color:#333;margin-bottom:22px}
.body p{font-size:16px;line-height:31px;text-indent:2em;margin-bottom:8px;text-align:justify}
.body p.r{text-align:right;text-indent:0;padding-right:2em}
.body p.c{text-align:center;text-indent:0}
.body p.h{text-indent:0;font-weight:bold}
.body table{border-collapse:collapse;width:100%;margin:8px 0;font-size:14px}
.body th{background:#f7e3e5;border:1px solid #dcb9bf;padding:6px}
.body td{border:1px solid #e3d3d6;padding:5px;text-align:center}
.fd{text-align:right;font-size:12px;color:#b9b2a4;margin-top:22px}
.pn{margin-top:22px;border-top:1px solid #eee;padding-top:12px;font-size:14px;color:#666;line-height:28px}
.pn b{color:#b83b5e;font-weight:normal}
.ft{text-align:center;font-size:12px;color:#998f7d;padding:10px 0 16px}
"""


def _bumen(p, w):
    tabs = p.get("tabs", ["首页", "机构概况", "政策文件", "工作动态", "通知公告", "信息公开"])
    on = p.get("tab_on", "信息公开")
    tb = "".join(f'<a class="{"on" if t == on else ""}">{esc(t)}</a>' for t in tabs)
    fd = f'<div class="fd">{esc(p["foot"])}</div>' if p.get("foot") else ""
    pn = ""
    if p.get("prevnext"):
        a, b = p["prevnext"]
        pn = f'<div class="pn"><b>上一篇：</b>{esc(a)}<br><b>下一篇：</b>{esc(b)}</div>'
    return (f'<div class="band"><b>{esc(p["unit"])}</b><i>{esc(p.get("unit_en", "故城县人民政府部门网站"))}</i></div>'
            f'<div class="tb">{tb}</div><div class="pg"><h1>{esc(p["title"])}</h1><div class="body">{paras(p["paras"])}</div>{fd}{pn}</div>'
            f'<div class="ft">{esc(p["unit"])}　版权所有　技术支持：故城县融媒体中心</div>')


DESIGNS = {"yunhe": (YUNHE, _yunhe), "gkpt": (GKPT, _gkpt), "hudong": (HUDONG, _hudong), "ggzy": (GGZY, _ggzy),
           "bumen": (BUMEN, _bumen)}


def desk(design, p, w=1366, h=900, q=80, zoom=1.0, charset="utf-8"):
    css, fn = DESIGNS[design]
    css += f"body{{width:{w / zoom:.0f}px}}" + (f"html{{zoom:{zoom}}}" if zoom != 1.0 else "")
    return doc(p.get("tab", p.get("title", "故城县人民政府")), css, fn(p, w), charset), (w, h, q)


# ------------------------------------------------------------------ a 360-browser-like window
WINDOW = BASE + """
html,body{width:%(w)spx;height:%(h)spx;background:#fff}
.ch{height:34px;background:#2e9d52;display:flex;align-items:flex-end;padding-left:60px;position:relative}
.ch:before{content:'';position:absolute;left:16px;top:6px;width:24px;height:24px;border-radius:50%%;background:#fff;opacity:.9}
.tab{background:#f2f2f2;height:28px;line-height:28px;width:230px;padding:0 12px;font-size:12px;border-radius:6px 6px 0 0;white-space:nowrap;overflow:hidden;margin-right:4px}
.tab.off{background:#45b26a;color:#eaf7ee}
.ad{height:38px;background:#f2f2f2;border-bottom:1px solid #ccc;display:flex;align-items:center;padding:0 10px;font-size:13px}
.ad .bt{width:22px;height:22px;border-radius:4px;background:#ddd;margin-right:8px}
.ad .u{flex:1;height:26px;line-height:26px;background:#fff;border:1px solid #bbb;padding-left:10px;color:#333}
.ad .u b{color:#2e9d52;font-weight:normal;margin-right:6px}
.fv{height:24px;background:#f8f8f8;border-bottom:1px solid #ddd;font-size:12px;line-height:24px;color:#555;padding-left:12px}
.fv span{margin-right:22px}
.vw{position:absolute;top:96px;left:0;right:0;bottom:40px;overflow:hidden}
.vw img{display:block}
.tk{position:absolute;left:0;right:0;bottom:0;height:40px;background:linear-gradient(#3e5f84,#1e3453);border-top:1px solid #6f8fb5}
.tk .o{float:left;width:44px;height:38px;margin-left:6px;border-radius:50%%;background:radial-gradient(circle,#7cc2f2,#1c5fa3 70%%)}
.tk .a{float:left;width:56px;height:34px;margin:3px 3px;border-radius:3px;background:rgba(255,255,255,.15);border:1px solid rgba(255,255,255,.25)}
.tk .c{float:right;color:#fff;font-size:12px;text-align:center;line-height:17px;padding:3px 14px}
"""


def window(img_path, w, h, fr, q=80):
    css = WINDOW % {"w": w, "h": h}
    body = (f'<div class="ch"><div class="tab">{esc(fr["tab"])}</div><div class="tab off">360导航_一个主页，整个世界</div></div>'
            f'<div class="ad"><span class="bt"></span><span class="bt"></span><span class="u"><b>&#9679;</b>{esc(fr["url"])}</span></div>'
            f'<div class="fv"><span>网址导航</span><span>故城县政府网</span><span>衡水市政府网</span><span>河北省政务服务网</span></div>'
            f'<div class="vw"><img src="file://{img_path}"></div>'
            f'<div class="tk"><span class="o"></span><span class="a"></span><span class="a"></span><span class="a"></span>'
            f'<div class="c">{esc(fr["time"])}<br>{esc(fr["date"])}</div></div>')
    return doc("window", css, body), (w, h, q)


# ------------------------------------------------------------------ phone pages
PHONE = BASE + """
body{width:414px;background:#fff}
.sb{height:26px;font-size:13px;line-height:26px;padding:0 18px;font-weight:bold;display:flex}
.sb span{margin-left:auto;font-weight:normal}
.nb{height:44px;border-bottom:1px solid #eee;text-align:center;line-height:44px;font-size:16px;position:relative}
.nb:before{content:'\\00d7';position:absolute;left:16px;font-size:24px}
.nb:after{content:'\\2022\\2022\\2022';position:absolute;right:16px;font-size:14px}
.wx{padding:20px 18px 30px}
.wx h2{font-size:22px;line-height:32px;color:#111;margin-bottom:12px}
.wx .by{font-size:14px;color:#999;margin-bottom:20px}
.wx .by a{color:#576b95;margin:0 8px 0 0}
.wx .by .yc{display:inline-block;background:#f2f2f2;color:#888;font-size:12px;padding:0 4px;margin-right:6px}
.wx p{font-size:16px;line-height:29px;color:#333;margin-bottom:14px;text-align:justify}
.wx p.c{text-align:center;color:#576b95;font-weight:bold}
.pic{height:190px;margin:4px 0 16px;color:#fff;font-size:20px;font-weight:bold;display:flex;align-items:center;justify-content:center;text-align:center;padding:0 20px;line-height:30px}
.wx .rd{font-size:14px;color:#999;display:flex;justify-content:space-between;margin-top:20px}
.wb{padding:14px 16px;border-bottom:10px solid #f5f5f5}
.wb .top{display:flex;align-items:center}
.wb .av{width:46px;height:46px;border-radius:50%;color:#fff;font-size:13px;display:flex;align-items:center;justify-content:center;margin-right:10px}
.wb .nm{font-size:16px;color:#f86c2a;font-weight:bold}
.wb .nm sup{color:#f5a623;font-size:11px}
.wb .tm{font-size:12px;color:#999;margin-top:3px}
.wb .tx{font-size:16px;line-height:27px;margin-top:10px;color:#222}
.wb .tx a{color:#507daf}
.wb .ops{display:flex;justify-content:space-around;font-size:13px;color:#888;margin-top:12px;padding-top:10px;border-top:1px solid #f0f0f0}
.pf{background:linear-gradient(180deg,#7d93b4,#e9edf3);height:200px;position:relative}
.pf .av{position:absolute;left:20px;bottom:-34px;width:80px;height:80px;border-radius:50%;border:3px solid #fff;display:flex;align-items:center;justify-content:center;color:#fff;font-size:18px}
.pfi{padding:44px 20px 10px;border-bottom:1px solid #eee}
.pfi b{font-size:20px}
.pfi p{font-size:13px;color:#777;margin-top:6px;line-height:20px}
.pfi .n{display:flex;gap:24px;font-size:14px;margin-top:10px}
.hs .pf2{text-align:center;padding:22px 0 14px;border-bottom:8px solid #f5f5f5}
.hs .lg{width:64px;height:64px;border-radius:50%;margin:0 auto 10px;color:#fff;display:flex;align-items:center;justify-content:center}
.hs .dy{font-size:13px;color:#999;padding:14px 18px 6px}
.hs .it{display:flex;padding:10px 18px;border-bottom:1px solid #f0f0f0}
.hs .it b{flex:1;font-weight:normal;font-size:15px;line-height:23px}
.hs .it i{width:70px;height:54px;margin-left:12px}
.dy2{background:#111;color:#fff;height:100%;position:relative}
.dy2 .vid{position:absolute;left:0;right:0;top:0;bottom:0}
.dy2 .cap{position:absolute;left:16px;right:80px;bottom:70px;font-size:15px;line-height:24px}
.dy2 .cap b{font-size:17px;display:block;margin-bottom:6px}
.dy2 .cap span{color:#ddd;font-size:14px}
.dy2 .rt{position:absolute;right:12px;bottom:150px;width:54px;text-align:center;font-size:12px}
.dy2 .rt div{width:44px;height:44px;border-radius:50%;background:rgba(255,255,255,.25);margin:16px auto 4px}
.dy2 .bar{position:absolute;left:0;right:0;bottom:0;height:52px;background:#000;display:flex;justify-content:space-around;align-items:center;font-size:15px}
.dy2 .tt{position:absolute;left:0;right:0;top:36px;text-align:center;font-size:17px}
.tt2{padding:18px 16px}
.tt2 h2{font-size:23px;line-height:33px;margin-bottom:14px}
.tt2 .au{display:flex;align-items:center;margin-bottom:16px}
.tt2 .au .av{width:38px;height:38px;border-radius:50%;margin-right:10px;color:#fff;font-size:12px;display:flex;align-items:center;justify-content:center}
.tt2 .au b{font-size:15px;display:block}
.tt2 .au i{font-style:normal;font-size:12px;color:#999}
.tt2 .au em{margin-left:auto;font-style:normal;background:#f04142;color:#fff;font-size:13px;padding:4px 14px;border-radius:14px}
.tt2 p{font-size:17px;line-height:30px;margin-bottom:14px}
.app .ah{background:linear-gradient(90deg,#3d5afe,#6a7dff);color:#fff;height:50px;line-height:50px;text-align:center;font-size:17px;position:relative}
.app .ah:before{content:'\\2039';position:absolute;left:14px;font-size:30px}
.app .ac{padding:18px 18px 70px}
.app h2{font-size:21px;line-height:31px;margin-bottom:10px}
.app .am{font-size:13px;color:#8a8fa3;padding-bottom:12px;border-bottom:1px solid #eef0f6;margin-bottom:14px}
.app p{font-size:16px;line-height:29px;margin-bottom:12px;text-indent:2em}
.app .tbar{position:fixed;left:0;right:0;bottom:0;height:56px;border-top:1px solid #e5e7ef;background:#fff;display:flex;justify-content:space-around;align-items:center;font-size:12px;color:#8a8fa3}
.app .tbar b{color:#3d5afe;font-weight:normal}
"""

PICS = {"blue": "linear-gradient(135deg,#5a8fd0,#22487e)", "green": "linear-gradient(135deg,#66b77d,#235f3a)",
        "red": "linear-gradient(135deg,#e86452,#a11d1d)", "gold": "linear-gradient(135deg,#e2b451,#9a6b12)",
        "teal": "linear-gradient(135deg,#4fb8b2,#19625e)", "grey": "linear-gradient(135deg,#9aa3ad,#4b5563)"}


def phone(kind, w, k, h=None, q=80, clock="09:41"):
    """A phone page at w px (designed at 414 CSS px, zoomed); kind: wechat, history, weibo, weibohome,
    douyin, toutiao, app."""
    z = w / 414
    h = h or int(896 * z)
    sb = f'<div class="sb">{esc(clock)}<span>4G ▮▮▮ 67%</span></div>'
    if kind == "wechat":
        pic = f'<div class="pic" style="background:{PICS[k.get("pic_c", "blue")]}">{esc(k["pic"])}</div>' if k.get("pic") else ""
        yc = '<span class="yc">原创</span>' if k.get("yc") else ""
        au = esc(k["author"]) + " " if k.get("author") else ""
        body = (f'{sb}<div class="nb">&nbsp;</div><div class="wx"><h2>{esc(k["title"])}</h2>'
                f'<div class="by">{yc}{au}<a>{esc(k["account"])}</a>{esc(k["byline"])}</div>{pic}{paras(k["paras"])}'
                f'<div class="rd"><span>{esc(k.get("reads", "阅读 3562"))}</span><span>在看 28</span></div></div>')
    elif kind == "history":
        its = ""
        for day, titles in k["days"]:
            its += f'<div class="dy">{esc(day)}</div>' + "".join(
                f'<div class="it"><b>{esc(t)}</b><i style="background:{PICS[["blue", "green", "gold", "teal"][j % 4]]}"></i></div>' for j, t in enumerate(titles))
        body = (f'{sb}<div class="nb">{esc(k["account"])}</div><div class="hs"><div class="pf2"><div class="lg" style="background:#b8322a">{esc(k["logo"])}</div>'
                f'<div style="font-size:18px;font-weight:bold">{esc(k["account"])}</div><div style="font-size:13px;color:#999;margin-top:6px">{esc(k["intro"])}</div></div>{its}</div>')
    elif kind == "weibo":
        posts = ""
        for pz in k["posts"]:
            posts += (f'<div class="wb"><div class="top"><div class="av" style="background:{pz.get("avc", "#d9452b")}">{esc(pz["av"])}</div><div><div class="nm">{esc(pz["name"])}<sup> V</sup></div>'
                      f'<div class="tm">{esc(pz["time"])}</div></div></div><div class="tx">{pz["text"]}</div>'
                      + (f'<div class="pic" style="background:{PICS[pz.get("pic_c", "blue")]};margin-top:10px">{esc(pz["pic"])}</div>' if pz.get("pic") else "")
                      + f'<div class="ops"><span>↗ {pz.get("rt", 23)}</span><span>评论 {pz.get("cm", 9)}</span><span>赞 {pz.get("lk", 66)}</span></div></div>')
        body = f'{sb}<div class="nb">微博正文</div>{posts}'
    elif kind == "weibohome":
        posts = ""
        for pz in k["posts"]:
            posts += (f'<div class="wb"><div class="top"><div class="av" style="background:#d9452b">{esc(k["av"])}</div><div><div class="nm">{esc(k["name"])}<sup> V</sup></div>'
                      f'<div class="tm">{esc(pz["time"])}</div></div></div><div class="tx">{pz["text"]}</div>'
                      f'<div class="ops"><span>↗ {pz.get("rt", 5)}</span><span>评论 {pz.get("cm", 2)}</span><span>赞 {pz.get("lk", 19)}</span></div></div>')
        body = (f'{sb}<div class="pf"><div class="av" style="background:#d9452b">{esc(k["av"])}</div></div><div class="pfi"><b>{esc(k["name"])}</b>'
                f'<p>{esc(k["intro"])}</p><div class="n"><span><b>{esc(k["fans"])}</b> 粉丝</span><span><b>{esc(k["follow"])}</b> 关注</span><span><b>{esc(k["count"])}</b> 微博</span></div></div>{posts}')
    elif kind == "douyin":
        sbw = sb.replace('<div class="sb">', '<div class="sb" style="color:#fff;position:relative;z-index:2">')
        body = (f'<div class="dy2" style="height:{h / z:.0f}px">{sbw}'
                f'<div class="vid" style="background:{PICS[k.get("pic_c", "teal")]}"></div>'
                f'<div class="tt">推荐　<b>关注</b>　同城</div>'
                f'<div class="rt"><div></div>{esc(k.get("likes", "1.2w"))}<div></div>{esc(k.get("cms", "386"))}<div></div>分享</div>'
                f'<div class="cap"><b>@{esc(k["account"])}</b>{esc(k["text"])}<br><span>{esc(k["date"])}</span></div>'
                f'<div class="bar"><span>首页</span><span>朋友</span><span>＋</span><span>消息</span><span>我</span></div></div>')
    elif kind == "toutiao":
        body = (f'{sb}<div class="nb">&nbsp;</div><div class="tt2"><h2>{esc(k["title"])}</h2><div class="au"><div class="av" style="background:#b8322a">{esc(k["av"])}</div>'
                f'<div><b>{esc(k["account"])}</b><i>{esc(k["byline"])}</i></div><em>关注</em></div>'
                + (f'<div class="pic" style="background:{PICS[k.get("pic_c", "gold")]}">{esc(k["pic"])}</div>' if k.get("pic") else "")
                + f'{paras(k["paras"])}</div>')
    else:  # app
        body = (f'{sb}<div class="app"><div class="ah">故城通</div><div class="ac"><h2>{esc(k["title"])}</h2>'
                f'<div class="am">{esc(k["meta"])}</div>{paras(k["paras"])}</div>'
                f'<div class="tbar"><b>首页</b><span>办事</span><span>资讯</span><span>互动</span><span>我的</span></div></div>')
    css = PHONE + f"html{{zoom:{z:.4f}}}"
    return doc(k.get("title", "手机"), css, body), (w, h, q)


# ------------------------------------------------------------------ photos and scans
def screen_photo(img_path, pw, ph, w=1200, h=900, rot=-1.5, tilt=6, scale=0.78, q=72, dx=0, dy=0):
    """A phone photo of a monitor showing img (pw x ph): dark bezel, perspective, moiré and glare."""
    css = (f"*{{margin:0;padding:0}}html,body{{width:{w}px;height:{h}px;overflow:hidden;background:radial-gradient(ellipse at 50% 40%,#5b5650,#2b2825 75%)}}"
           f".mon{{position:absolute;left:{(w - pw * scale) / 2 - 18 + dx:.0f}px;top:{(h - ph * scale) / 2 - 18 + dy:.0f}px;padding:18px 18px 30px;background:#17181a;border-radius:6px;"
           f"transform:perspective(1400px) rotateY({tilt}deg) rotate({rot}deg);box-shadow:0 20px 40px rgba(0,0,0,.6)}}"
           f".mon img{{display:block;width:{pw * scale:.0f}px;height:{ph * scale:.0f}px;filter:brightness(1.04) saturate(.9) blur(.35px)}}"
           ".moire{position:absolute;left:18px;top:18px;right:18px;bottom:30px;background:repeating-linear-gradient(12deg,rgba(0,0,0,.05) 0 2px,rgba(255,255,255,.03) 2px 4px),"
           "repeating-linear-gradient(-40deg,rgba(60,0,120,.035) 0 3px,rgba(0,0,0,0) 3px 7px)}"
           ".gl{position:absolute;left:18px;top:18px;right:18px;bottom:30px;background:radial-gradient(ellipse at 72% 18%,rgba(255,255,255,.35),rgba(255,255,255,0) 40%)}")
    body = f'<div class="mon"><img src="file://{img_path}"><div class="moire"></div><div class="gl"></div></div>'
    return doc("photo", css, body), (w, h, q)


def paper_photo(img_path, w=1200, h=1600, rot=1.4, glass=False, q=70, iw=794, ih=1123, scale=1.3, left=100, top=110):
    """A phone photo of a printed page: on a wooden desk, or pinned in a 公开栏 behind glass."""
    if glass:
        ground = "background:linear-gradient(180deg,#9aa7ae,#6b7880)"
        extra = (".fr{position:absolute;left:30px;top:30px;right:30px;bottom:30px;border:22px solid #b8bec4;box-shadow:inset 0 0 0 2px #7d858c;background:#2b4a6b}"
                 ".gls{position:absolute;left:52px;top:52px;right:52px;bottom:52px;background:linear-gradient(115deg,rgba(255,255,255,0) 30%,rgba(255,255,255,.28) 42%,rgba(255,255,255,0) 52%)}")
        frame = '<div class="fr"></div>'
        over = '<div class="gls"></div>'
    else:
        ground = "background:repeating-linear-gradient(88deg,#8b5e3c 0 18px,#7d5233 18px 30px,#93663f 30px 44px)"
        extra = ""
        frame = over = ""
    css = (f"*{{margin:0;padding:0}}html,body{{width:{w}px;height:{h}px;overflow:hidden;{ground}}}{extra}"
           f".pp{{position:absolute;left:{left}px;top:{top}px;width:{iw}px;height:{ih}px;transform:rotate({rot}deg) scale({scale});transform-origin:0 0;"
           "box-shadow:10px 16px 30px rgba(0,0,0,.5)}.pp img{display:block;width:100%;height:100%;filter:sepia(.12) brightness(.97)}"
           ".sh{position:absolute;left:0;top:0;width:100%;height:100%;background:linear-gradient(150deg,rgba(255,255,255,.12),rgba(0,0,0,0) 45%,rgba(0,0,0,.2))}")
    body = f'{frame}<div class="pp"><img src="file://{img_path}"></div>{over}<div class="sh"></div>'
    return doc("photo", css, body), (w, h, q)


SCAN_SIZE = {150: (1240, 1754), 200: (1654, 2339), 300: (2480, 3508)}


def scan(img_path, dpi=200, rot=-0.5, grey=False, q=60):
    w, h = SCAN_SIZE[dpi]
    f = "grayscale(1) contrast(1.3) brightness(1.03)" if grey else "contrast(1.12) saturate(1.1)"
    css = (f"*{{margin:0;padding:0}}html,body{{width:{w}px;height:{h}px;overflow:hidden;background:#fbfbf8}}"
           f"img{{position:absolute;left:{w * 0.012:.0f}px;top:{h * 0.01:.0f}px;width:{w * 0.975:.0f}px;height:{h * 0.975:.0f}px;transform:rotate({rot}deg);filter:{f}}}"
           ".ed{position:absolute;left:0;top:0;bottom:0;width:2%;background:linear-gradient(90deg,rgba(0,0,0,.18),rgba(0,0,0,0))}")
    return doc("scan", css, f'<img src="file://{img_path}"><div class="ed"></div>'), (w, h, q)


# ------------------------------------------------------------------ paper documents
DOC_CSS = """
*{margin:0;padding:0}
body{font-family:'WenQuanYi Micro Hei',sans-serif;color:#111;background:#fff}
.pgx{position:relative;width:794px;min-height:1123px;padding:78px 86px 60px;box-sizing:border-box}
.red{color:#e0201b;text-align:center;font-size:36px;letter-spacing:3px;line-height:48px;font-weight:bold}
.no{text-align:center;font-size:16px;margin:16px 0 6px}
.rl{border-top:3px solid #e0201b;margin-bottom:26px;position:relative}
.rl:after{content:'';position:absolute;left:0;right:0;top:3px;border-top:1px solid #e0201b}
h1{font-size:22px;text-align:center;line-height:34px;margin:8px 0 18px;font-weight:bold}
.to{font-size:16px;line-height:30px}
p{font-size:16px;line-height:30px;text-indent:2em;text-align:justify}
p.n{text-indent:0}
p.h{text-indent:0;font-weight:bold}
p.r{text-align:right;text-indent:0}
p.c{text-align:center;text-indent:0}
table{border-collapse:collapse;width:100%;font-size:13px;margin:8px 0;line-height:20px}
td,th{border:1px solid #222;padding:4px;text-align:center;font-weight:normal}
.sg{position:relative;margin-top:34px;text-align:right;padding-right:30px;font-size:16px;line-height:32px}
.seal{position:absolute;right:24px;top:-46px;opacity:.82}
.af{font-size:15px;line-height:28px;margin-top:18px}
.yf{margin-top:36px;border-top:1px solid #111;border-bottom:1px solid #111;font-size:14px;padding:5px 6px;display:flex;justify-content:space-between}
.hw{font-family:'WenQuanYi Micro Hei',sans-serif;color:#1b2a7a;font-style:italic;font-size:17px}
"""


def seal_svg(text, color="#e2231a", size=160):
    r = size / 2
    chars = list(text)
    n = len(chars)
    parts = []
    for i, ch in enumerate(chars):
        ang = -150 + 300 * (i + 0.5) / n
        import math
        a = math.radians(ang - 90)
        x = r + (r - 24) * math.cos(a)
        y = r + (r - 24) * math.sin(a)
        parts.append(f'<text x="{x:.1f}" y="{y:.1f}" font-size="{size * 0.12:.0f}" fill="{color}" text-anchor="middle" '
                     f'dominant-baseline="middle" transform="rotate({ang:.1f} {x:.1f} {y:.1f})">{esc(ch)}</text>')
    star = (f'<polygon fill="{color}" points="' + " ".join(
        f"{r + (r * 0.26 if j % 2 == 0 else r * 0.105) * __import__('math').cos(__import__('math').radians(-90 + 36 * j)):.1f},"
        f"{r + (r * 0.26 if j % 2 == 0 else r * 0.105) * __import__('math').sin(__import__('math').radians(-90 + 36 * j)):.1f}" for j in range(10)) + '"/>')
    return (f'<svg class="seal" width="{size}" height="{size}" viewBox="0 0 {size} {size}"><circle cx="{r}" cy="{r}" r="{r - 4}" fill="none" '
            f'stroke="{color}" stroke-width="5"/>{"".join(parts)}{star}</svg>')


def redhead(d, mode="image"):
    """A formal document. d: red (issuer in red, optional), no, title, to, paras, sign [lines], seal (text),
    after [lines], yinfa (left, right), extra_css. mode: image (one 794 x 1123 page) or print (A4)."""
    parts = []
    if d.get("red"):
        parts.append(f'<div class="red">{esc(d["red"])}</div>')
        if d.get("no"):
            parts.append(f'<div class="no">{esc(d["no"])}</div>')
        parts.append('<div class="rl"></div>')
    elif d.get("no"):
        parts.append(f'<div class="no" style="text-align:right">{esc(d["no"])}</div>')
    parts.append(f'<h1>{esc(d["title"]).replace(chr(10), "<br>")}</h1>')
    if d.get("to"):
        parts.append(f'<div class="to">{esc(d["to"])}</div>')
    parts.append(paras(d["paras"]))
    if d.get("sign"):
        seal = seal_svg(d["seal"]) if d.get("seal") else ""
        parts.append('<div class="sg">' + "<br>".join(esc(s) for s in d["sign"]) + seal + "</div>")
    if d.get("after"):
        parts.append('<div class="af">' + "<br>".join(esc(s) for s in d["after"]) + "</div>")
    if d.get("yinfa"):
        a, b = d["yinfa"]
        parts.append(f'<div class="yf"><span>{esc(a)}</span><span>{esc(b)}</span></div>')
    css = DOC_CSS + d.get("extra_css", "")
    if mode == "print":
        css += "@page{size:A4;margin:0}.pgx{min-height:0}"
    else:
        css += "html,body{width:794px;height:1123px;overflow:hidden}"
        if d.get("zoom"):
            css += f".pgx{{zoom:{d['zoom']}}}"
    return doc(d["title"], css, f'<div class="pgx">{"".join(parts)}</div>')


GAZETTE_CSS = DOC_CSS + """
@page{size:A4;margin:0}
.cv{width:794px;height:1122px;box-sizing:border-box;padding:120px 90px;page-break-after:always;text-align:center;border-top:40px solid #b0161b}
.cv .gt{font-size:50px;color:#b0161b;letter-spacing:10px;font-weight:bold;margin-bottom:20px}
.cv .qi{font-size:20px;margin-bottom:60px}
.cv .mu{text-align:left;font-size:16px;line-height:34px;border-top:2px solid #b0161b;padding-top:18px}
.cv .bt{position:absolute}
.cv .pub{margin-top:120px;font-size:16px;line-height:30px}
.ip{width:794px;box-sizing:border-box;padding:70px 86px;page-break-after:always}
.ip .hd{font-size:12px;border-bottom:1px solid #b0161b;color:#b0161b;padding-bottom:4px;margin-bottom:20px;display:flex;justify-content:space-between}
"""


def gazette(g):
    mu = "".join(f"<div>{esc(t)}<span style='float:right'>{esc(pg)}</span></div>" for t, pg in g["contents"])
    cover = (f'<div class="cv"><div class="gt">故城县人民政府公报</div><div class="qi">{esc(g["issue"])}</div>'
             f'<div class="mu"><div style="text-align:center;font-weight:bold;margin-bottom:8px">目　　录</div>{mu}</div>'
             f'<div class="pub">{"<br>".join(esc(x) for x in g["pub"])}</div></div>')
    pages = ""
    for title, ps in g["pages"]:
        pages += (f'<div class="ip"><div class="hd"><span>故城县人民政府公报</span><span>{esc(g["issue"])}</span></div>'
                  f'<h1>{esc(title)}</h1>{paras(ps)}</div>')
    return doc("故城县人民政府公报", GAZETTE_CSS, cover + pages)


SHEET_CSS = DOC_CSS + """
html,body{width:794px;height:1123px;overflow:hidden}
.sh{padding:70px 60px}
.sh h1{font-size:24px;margin-bottom:10px}
.sh .hl{font-size:15px;line-height:28px;display:flex;justify-content:space-between;margin-bottom:6px}
.sh table{font-size:15px}
.sh td,.sh th{height:40px}
.sh .ft{margin-top:26px;font-size:16px;line-height:32px}
"""


def sheet(title, head_lines, cols, rows, foot=""):
    hl = "".join(f'<div class="hl">{x}</div>' for x in head_lines)
    t = table([cols] + rows)
    return doc(title, SHEET_CSS, f'<div class="sh"><h1>{esc(title)}</h1>{hl}{t}<div class="ft">{foot}</div></div>')
