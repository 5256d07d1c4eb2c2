"""Hold-out 18 (安次区, 廊坊市): the page designs only this hold-out uses.

Desktop designs (desk):
  "yongding"  the 安次区人民政府 portal: olive header band with an ochre river line, ochre nav with dark
              text, a centred 1040 px article column with a floating 分享/打印/关闭 rail on the right;
              meta forms: "label" (bordered pill row 发布日期 / 来源 / 浏览量), "cn" (日期：2020年08月14日),
              "byline" (an unlabelled grey `2020-08-14 10:12　unit` left under the title), "foot" (no meta
              under the title; 来源 and a light `2020.06.19` at the foot of the article); list pages with an
              ochre section head; olive footer with 网站标识码.
  "gk"        the 安次区政府信息公开平台: steel-grey band, vermilion accents, 法定栏目 as a row of square
              tiles; an article carries a ONE-ROW 7-column attribute strip under its title (索引号 | 发布机构
              | 主题分类 | 成文日期 | 发布日期 | 文号 | 有效性); list pages as 序号/标题/文号/发布日期 tables; a
              home page of tiles with item counts.
  "xinxiang"  the 区长信箱 / 我为政府网站找错 board: deep-brown and sand; a letter as two stacked panels
              (来信 with 来信时间, 答复 with 答复时间/回复时间), a statistics page.
  "jiaoyi"    廊坊市公共资源交易中心安次分中心: ink-black bar, cyan accent, notice on a white sheet with a
              grey band `发布时间：… 信息来源：… 阅读次数：…`.
window(): a page image inside a 360安全浏览器 window on a Windows 10 desktop with the taskbar clock.
Phone pages (phone): WeChat article and profile, 微博 post, 抖音 video, 头条 article, the “爱安次” APP
(article, form) and the portal's mobile site (m.). Looks of screens and paper: screen_photo (a phone photo
of a monitor), paper_photo (desk or 公开栏 glass), scan (A4 at 150/200/300 dpi, colour or grey).
redhead() is a formal document (红头, red seal over the signature date); gazette() a multi-page 政府公报.

Every page function returns (html, (width, height, jpeg quality)).
"""
import html as _h

FONT = "'WenQuanYi Micro Hei',sans-serif"


def esc(s):
    return _h.escape(str(s), quote=True)


def doc(title, css, body, charset="utf-8"):
    return (f'<!DOCTYPE html><html lang="zh-CN"><head><meta charset="{charset}"><title>{esc(title)}</title>'
            f'<style>{css}</style></head><body>{body}</body></html>')


def paras(ps):
    out = []
    for x in ps:
        if isinstance(x, tuple):
            k, v = x
            if k == "table":
                out.append(table(v))
            elif k == "html":
                out.append(v)
            else:
                out.append(f'<p class="{k}">{esc(v)}</p>')
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

# ------------------------------------------------------------------ yongding (portal)
YONGDING = BASE + """
body{background:#f4f1e8;color:#2b2b2b}
.top{height:30px;line-height:30px;background:#3f4a20;color:#d9d3b5;font-size:12px;padding:0 80px}
.top span{float:right}
.hd{height:118px;background:linear-gradient(180deg,#5a6b2e,#6f8038);position:relative;padding:24px 80px;color:#fff}
.hd .em{float:left;width:66px;height:66px;border-radius:33px;background:#c33;border:3px solid #f2d27a;margin-right:16px}
.hd .nm{font-size:36px;letter-spacing:6px;font-weight:bold;line-height:44px}
.hd .en{font-size:11px;letter-spacing:2px;opacity:.75}
.hd .river{position:absolute;left:0;right:0;bottom:0;height:10px;background:repeating-linear-gradient(90deg,#c69a2c 0 60px,#d8b44e 60px 120px)}
.hd .sr{position:absolute;right:80px;top:40px;width:280px;height:34px;background:#fff;border-radius:17px;color:#999;font-size:13px;line-height:34px;padding-left:16px}
.nv{height:48px;background:#e6c46a;padding:0 80px;display:flex}
.nv a{flex:1;text-align:center;line-height:48px;font-size:16px;color:#3f3a1e;font-weight:bold}
.nv a.on{background:#f6ecc9;color:#5a6b2e}
.wrap{width:1100px;margin:16px auto 0;position:relative}
.crumb{font-size:13px;color:#7a7458;margin-bottom:10px}
.crumb b{color:#5a6b2e;font-weight:normal}
.card{background:#fff;border-top:4px solid #5a6b2e;padding:26px 56px 30px;min-height:760px}
.rail{position:absolute;right:-36px;top:110px;width:30px;background:#fff;border:1px solid #ddd6bd;font-size:12px;color:#7a7458;text-align:center;line-height:16px;padding:6px 0}
.rail span{display:block;padding:6px 0;border-bottom:1px solid #eee}
h1{font-size:25px;line-height:38px;text-align:center;color:#3b3b22;margin-bottom:12px}
.h2{text-align:center;font-size:15px;color:#666;margin:-6px 0 10px}
.pills{text-align:center;margin-bottom:18px;padding-bottom:14px;border-bottom:1px solid #e8e2cc}
.pills span{display:inline-block;border:1px solid #d8cf9f;border-radius:13px;font-size:13px;color:#6b6548;padding:2px 14px;margin:0 6px}
.cnm{text-align:center;font-size:14px;color:#666;margin-bottom:18px;padding-bottom:14px;border-bottom:1px solid #e8e2cc}
.cnm b{font-weight:normal;margin:0 14px}
.byl{font-size:13px;color:#a39f8c;margin-bottom:18px;padding-bottom:10px;border-bottom:1px dotted #ddd}
.body p{font-size:16px;line-height:30px;text-indent:2em;margin-bottom:8px;text-align:justify}
.body p.r{text-align:right;text-indent:0}
.body p.c{text-align:center;text-indent:0;font-weight:bold}
.body p.n{text-indent:0}
.body table{border-collapse:collapse;width:100%;font-size:13px;margin:10px 0}
.body td,.body th{border:1px solid #cfc7a5;padding:5px 6px;text-align:center}
.body th{background:#f3ecd0}
.ft{margin-top:22px;font-size:13px;color:#a6a28e;text-align:right;border-top:1px dotted #ddd;padding-top:8px}
.att{margin-top:14px;font-size:14px;color:#5a6b2e}
.rel{margin-top:20px;background:#faf7ec;padding:10px 16px}
.rel h4{font-size:14px;color:#5a6b2e;margin-bottom:4px}
.rel li{font-size:14px;line-height:27px;display:flex}
.rel li b{flex:1;font-weight:normal}
.rel li i{font-style:normal;color:#999}
.lhd{font-size:19px;color:#fff;background:#c69a2c;display:inline-block;padding:6px 22px;margin-bottom:0}
.lbar{border-bottom:2px solid #c69a2c;margin-bottom:8px}
.lst li{display:flex;line-height:44px;border-bottom:1px dashed #e0d9bd;font-size:15px}
.lst li:before{content:'\\25C6';color:#c69a2c;font-size:9px;margin-right:10px}
.lst li b{flex:1;font-weight:normal;overflow:hidden;white-space:nowrap;text-overflow:ellipsis}
.lst li i{font-style:normal;color:#999;margin-left:16px}
.pg{text-align:center;color:#777;font-size:13px;margin-top:18px}
.intro{background:#faf7ec;border-left:4px solid #c69a2c;padding:10px 14px;margin:10px 0;font-size:14px;line-height:26px}
.fo{margin-top:24px;background:#3f4a20;color:#cfc9a8;font-size:12px;line-height:24px;text-align:center;padding:18px 0}
"""


def _yongding(p, w):
    site = p.get("site", "安次区人民政府")
    nav = p.get("nav", ["首页", "走进安次", "政务公开", "政务服务", "政民互动", "专题专栏", "数据发布"])
    navh = "".join(f'<a class="{"on" if n == p.get("on", "政务公开") else ""}">{esc(n)}</a>' for n in nav)
    head = (f'<div class="top">{esc(p.get("weather", "廊坊 晴 3~13℃　空气质量：良"))}<span>设为首页 | 加入收藏 | 无障碍 | 关怀版</span></div>'
            f'<div class="hd"><div class="em"></div><div class="nm">{esc(site)}</div>'
            f'<div class="en">ANCI DISTRICT PEOPLE\'S GOVERNMENT OF LANGFANG</div><div class="sr">站内搜索</div><div class="river"></div></div>'
            f'<div class="nv">{navh}</div>')
    crumb = f'<div class="crumb">您当前的位置：<b>{esc(" › ".join(p["crumb"]))}</b></div>'
    if p.get("listing") is not None:
        items = "".join(f'<li><b>{esc(t)}</b><i>{esc(d)}</i></li>' for t, d in p["listing"])
        intro = "".join(f'<div class="intro">{x}</div>' for x in p.get("intro", []))
        main = (f'<div class="lhd">{esc(p["title"])}</div><div class="lbar"></div>{intro}<ul class="lst">{items}</ul>'
                f'<div class="pg">{esc(p.get("pager", "共 5 页　首页　上一页　1　2　3　4　5　下一页　尾页"))}</div>')
        rail = ""
    else:
        mf = p.get("meta", "label")
        date, src = p.get("date", ""), p.get("source", "")
        h2 = f'<div class="h2">{esc(p["subtitle"])}</div>' if p.get("subtitle") else ""
        if mf == "label":
            meta = (f'<div class="pills"><span>发布日期：{esc(date)}</span><span>来源：{esc(src)}</span>'
                    f'<span>浏览量：{esc(p.get("views", "438"))}</span><span>字号：大 中 小</span></div>')
        elif mf == "cn":
            meta = f'<div class="cnm"><b>日期：{esc(date)}</b><b>来源：{esc(src)}</b><b>【打印】【关闭】</b></div>'
        elif mf == "raw":
            meta = f'<div class="cnm">{esc(p["raw"])}</div>'
        elif mf == "byline":
            meta = f'<div class="byl">{esc(date)}　{esc(src)}</div>'
        else:
            meta = '<div class="pills"><span>来源：' + esc(src) + '</span><span>字号：大 中 小</span></div>'
        foot = f'<div class="ft">{esc(p["foot"])}</div>' if p.get("foot") else ""
        att = "".join(f'<div class="att">附件：{esc(a)}</div>' for a in p.get("attach", []))
        rel = ""
        if p.get("related"):
            rt, rl = p["related"]
            rel = (f'<div class="rel"><h4>{esc(rt)}</h4><ul>' + "".join(f'<li><b>{esc(t)}</b><i>{esc(d)}</i></li>' for t, d in rl)
                   + '</ul></div>')
        main = f'<h1>{esc(p["title"])}</h1>{h2}{meta}<div class="body">{paras(p["paras"])}</div>{att}{foot}{rel}'
        rail = '<div class="rail"><span>分享</span><span>打印</span><span>收藏</span><span>关闭</span></div>'
    fo = ('<div class="fo">主办：安次区人民政府办公室　承办：安次区融媒体中心　网站标识码：1310020021<br>'
          '冀ICP备05021146号　冀公网安备 13100202000176号　地址：廊坊市安次区光明西道 邮编：065000</div>')
    return f'{head}<div class="wrap">{crumb}<div class="card">{main}</div>{rail}</div>{fo}'


# ------------------------------------------------------------------ gk (信息公开平台)
GK = BASE + """
body{background:#eef0f1;color:#222}
.hd{height:92px;background:#46525c;color:#fff;padding:18px 70px;position:relative}
.hd .nm{font-size:30px;font-weight:bold;letter-spacing:3px}
.hd .sb{font-size:13px;color:#c9d1d6;margin-top:4px}
.hd .dot{position:absolute;right:70px;top:30px;font-size:13px;color:#fff;background:#d9482b;padding:6px 18px}
.tiles{display:flex;background:#fff;padding:12px 70px;border-bottom:3px solid #d9482b}
.tiles span{flex:1;margin-right:8px;height:56px;border:1px solid #d5dadd;text-align:center;font-size:14px;color:#46525c;padding-top:8px;line-height:19px}
.tiles span:before{content:'';display:block;width:16px;height:16px;margin:0 auto 4px;background:#b7c0c6}
.tiles span.on{background:#d9482b;color:#fff;border-color:#d9482b}
.tiles span.on:before{background:#fff}
.wrap{margin:16px 70px 0;background:#fff;padding:20px 36px 30px;min-height:760px}
.crumb{font-size:13px;color:#888;margin-bottom:12px}
h1{font-size:23px;text-align:center;line-height:34px;margin:8px 0 14px;color:#1f2a33}
.attr{width:100%;border-collapse:collapse;font-size:13px;margin-bottom:18px}
.attr th{background:#f3f4f5;color:#46525c;font-weight:normal;border:1px solid #d5dadd;padding:5px 2px}
.attr td{border:1px solid #d5dadd;padding:6px 4px;text-align:center;color:#333}
.body p{font-size:16px;line-height:30px;text-indent:2em;margin-bottom:8px}
.body p.r{text-align:right;text-indent:0}
.body p.n{text-indent:0}
.body p.c{text-align:center;text-indent:0;font-weight:bold}
.body table{border-collapse:collapse;width:100%;font-size:13px;margin:10px 0}
.body td,.body th{border:1px solid #bbb;padding:4px 6px;text-align:center}
.body th{background:#f3f4f5}
.lt{width:100%;border-collapse:collapse;font-size:14px}
.lt th{background:#46525c;color:#fff;font-weight:normal;padding:8px}
.lt td{border-bottom:1px solid #e3e6e8;padding:9px 8px}
.lt td.t{text-align:left}
.lt td.d,.lt td.n,.lt td.w{text-align:center;color:#666;white-space:nowrap}
.lhd{font-size:18px;color:#d9482b;margin-bottom:10px;font-weight:bold}
.note{font-size:14px;line-height:26px;background:#fbf3f1;border:1px solid #f0d4cc;padding:8px 14px;margin-bottom:12px}
.pg{text-align:center;color:#777;font-size:13px;margin-top:16px}
.home{display:grid;grid-template-columns:repeat(4,1fr);gap:14px}
.home div{border:1px solid #d5dadd;padding:14px;font-size:15px;color:#46525c;height:96px}
.home div b{display:block;font-size:26px;color:#d9482b;margin-top:8px}
.rel{margin-top:16px;border-top:1px solid #d5dadd;padding-top:8px;font-size:14px;line-height:26px}
.rel b{color:#d9482b;font-weight:normal}
.fo{margin:16px 70px 0;background:#46525c;color:#c9d1d6;font-size:12px;text-align:center;line-height:22px;padding:14px}
"""
GK_TILES = ["信息公开指南", "信息公开制度", "法定主动公开内容", "信息公开年报", "依申请公开", "重点领域", "政策解读", "目录编制"]


def _gk(p, w):
    tiles = "".join(f'<span class="{"on" if t == p.get("on") else ""}">{esc(t)}</span>' for t in p.get("tiles", GK_TILES))
    head = (f'<div class="hd"><div class="nm">{esc(p.get("site", "安次区政府信息公开平台"))}</div>'
            f'<div class="sb">廊坊市安次区人民政府办公室主办　xxgk.anciqu.gov.cn</div><div class="dot">依申请公开</div></div>'
            f'<div class="tiles">{tiles}</div>')
    crumb = f'<div class="crumb">当前位置：{esc(" / ".join(p["crumb"]))}</div>'
    if p.get("home"):
        main = '<div class="home">' + "".join(f'<div>{esc(t)}<b>{esc(n)}</b></div>' for t, n in p["home"]) + '</div>'
        if p.get("listing"):
            main += '<div class="lhd" style="margin-top:18px">最新公开</div>' + _gk_list(p)
    elif p.get("listing") is not None:
        note = "".join(f'<div class="note">{x}</div>' for x in p.get("intro", []))
        main = f'<div class="lhd">{esc(p["title"])}</div>{note}' + _gk_list(p)
        main += f'<div class="pg">{esc(p.get("pager", "共 86 条　首页 上一页 1 2 3 4 5 下一页 尾页"))}</div>'
    else:
        a = p["attr"]
        keys = ["索引号", "发布机构", "主题分类", "成文日期", "发布日期", "文号", "有效性"]
        attr = ('<table class="attr"><tr>' + "".join(f"<th>{k}</th>" for k in keys) + "</tr><tr>"
                + "".join(f"<td>{esc(a.get(k, ''))}</td>" for k in keys) + "</tr></table>")
        rel = ""
        if p.get("related"):
            rt, rl = p["related"]
            rel = f'<div class="rel"><b>{esc(rt)}：</b>' + "<br>".join(esc(x) for x in rl) + '</div>'
        main = f'<h1>{esc(p["title"])}</h1>{attr}<div class="body">{paras(p["paras"])}</div>{rel}'
    fo = '<div class="fo">安次区人民政府办公室　版权所有　网站标识码：1310020021　冀ICP备05021146号</div>'
    return f'{head}<div class="wrap">{crumb}{main}</div>{fo}'


def _gk_list(p):
    cols = p.get("cols", ["序号", "标题", "文号", "发布日期"])
    rows = ""
    for i, r in enumerate(p["listing"], 1):
        cells = [str(i)] + list(r)
        rows += "<tr>" + "".join(f'<td class="{"t" if j == 1 else "d"}">{esc(c)}</td>' for j, c in enumerate(cells)) + "</tr>"
    return f'<table class="lt"><tr>{"".join(f"<th>{c}</th>" for c in cols)}</tr>{rows}</table>'


# ------------------------------------------------------------------ xinxiang (区长信箱 / 纠错)
XINXIANG = BASE + """
body{background:#f2ebe0;color:#2e2a26}
.hd{height:80px;background:#5b3a29;color:#f6e7cf;padding:0 64px;display:flex;align-items:center}
.hd .nm{font-size:27px;font-weight:bold;letter-spacing:2px;flex:1}
.hd .tb span{margin-left:26px;font-size:15px;color:#e8cfa8}
.hd .tb span.on{color:#fff;border-bottom:3px solid #e8a55a;padding-bottom:6px}
.wrap{margin:20px 64px 0;display:flex}
.lf{width:220px;margin-right:18px}
.lf div{background:#fff;margin-bottom:8px;padding:12px 16px;font-size:15px;border-left:4px solid #d8c3a3}
.lf div.on{border-left-color:#e8a55a;color:#5b3a29;font-weight:bold}
.mn{flex:1;background:#fff;padding:22px 32px 30px;min-height:720px}
.mn h1{font-size:22px;color:#5b3a29;margin-bottom:14px;line-height:32px}
.pn{border:1px solid #e4d6bf;margin-bottom:16px}
.pn .ph{background:#f7efe2;padding:8px 14px;font-size:14px;color:#6a5440;display:flex}
.pn .ph b{flex:1;color:#5b3a29}
.pn .ph span{margin-left:22px}
.pn .pb{padding:12px 16px;font-size:15px;line-height:28px}
.pn .pb p{margin-bottom:6px;text-indent:2em}
.pn.re{border-color:#e8a55a}
.pn.re .ph{background:#fbe9d3}
.st{width:100%;border-collapse:collapse;font-size:14px;margin:8px 0 14px}
.st th{background:#5b3a29;color:#fff;font-weight:normal;padding:7px}
.st td{border:1px solid #e4d6bf;padding:7px;text-align:center}
.mn p.x{font-size:15px;line-height:28px;text-indent:2em;margin-bottom:8px}
.mn .dt{font-size:13px;color:#9c8a74;margin-bottom:14px}
.mn .ft{font-size:13px;color:#9c8a74;text-align:right;margin-top:14px}
"""


def _xinxiang(p, w):
    tabs = "".join(f'<span class="{"on" if t == p.get("tab") else ""}">{esc(t)}</span>'
                   for t in ["区长信箱", "我为政府网站找错", "在线访谈", "征集调查", "办理统计"])
    head = f'<div class="hd"><div class="nm">安次区人民政府 · 政民互动</div><div class="tb">{tabs}</div></div>'
    left = "".join(f'<div class="{"on" if t == p.get("left") else ""}">{esc(t)}</div>'
                   for t in ["我要写信", "信件查询", "信件选登", "办理公示", "统计通报", "办理规则"])
    if p.get("letter"):
        L = p["letter"]
        main = (f'<h1>{esc(p["title"])}</h1>'
                f'<div class="pn"><div class="ph"><b>来信</b><span>信件编号：{esc(L["no"])}</span><span>来信人：{esc(L["who"])}</span>'
                f'<span>{esc(L.get("tlab", "来信时间"))}：{esc(L["t1"])}</span></div><div class="pb">{paras(L["ask"])}</div></div>'
                f'<div class="pn re"><div class="ph"><b>答复</b><span>办理单位：{esc(L["unit"])}</span>'
                f'<span>{esc(L.get("rlab", "答复时间"))}：{esc(L["t2"])}</span></div><div class="pb">{paras(L["reply"])}</div></div>')
    else:
        dt = f'<div class="dt">{esc(p["dateline"])}</div>' if p.get("dateline") else ""
        body = "".join(table(x[1]).replace("<table>", '<table class="st">') if isinstance(x, tuple) else f'<p class="x">{esc(x)}</p>'
                       for x in p["paras"])
        ft = f'<div class="ft">{esc(p["foot"])}</div>' if p.get("foot") else ""
        main = f'<h1>{esc(p["title"])}</h1>{dt}{body}{ft}'
    return f'{head}<div class="wrap"><div class="lf">{left}</div><div class="mn">{main}</div></div>'


# ------------------------------------------------------------------ jiaoyi (交易分中心)
JIAOYI = BASE + """
body{background:#e9eef0;color:#222}
.hd{height:70px;background:#1d2b3a;color:#fff;padding:0 60px;display:flex;align-items:center}
.hd .nm{font-size:23px;letter-spacing:1px;flex:1}
.hd .nm i{font-style:normal;color:#0fa3b1;margin-right:10px;font-size:28px}
.hd .tel{font-size:13px;color:#9fb3c2}
.nv{background:#fff;border-bottom:3px solid #0fa3b1;padding:0 60px;height:44px}
.nv a{display:inline-block;line-height:41px;margin-right:34px;font-size:15px;color:#1d2b3a}
.nv a.on{color:#0fa3b1;border-bottom:3px solid #1d2b3a}
.sheet{margin:18px 120px 0;background:#fff;padding:26px 50px 36px;min-height:760px;box-shadow:0 1px 4px rgba(0,0,0,.15)}
.crumb{font-size:13px;color:#7a8a96;margin:12px 120px 0}
h1{font-size:22px;text-align:center;line-height:34px;margin-bottom:10px}
.band{background:#eef3f5;text-align:center;font-size:13px;color:#5d6d78;padding:7px;margin-bottom:18px}
.band b{font-weight:normal;margin:0 14px}
.body p{font-size:15px;line-height:29px;text-indent:2em;margin-bottom:6px}
.body p.r{text-align:right;text-indent:0}
.body p.n{text-indent:0}
.body p.c{text-align:center;text-indent:0;font-weight:bold}
.body table{border-collapse:collapse;width:100%;font-size:13px;margin:10px 0}
.body td,.body th{border:1px solid #b8c4cc;padding:5px;text-align:center}
.body th{background:#eef3f5}
"""


def _jiaoyi(p, w):
    nav = "".join(f'<a class="{"on" if n == p.get("on", "交易信息") else ""}">{esc(n)}</a>'
                  for n in ["首页", "交易信息", "政策法规", "办事指南", "诚信体系", "专家管理", "下载中心"])
    band = "".join(f"<b>{esc(m)}</b>" for m in p.get("band", []))
    return (f'<div class="hd"><div class="nm"><i>◆</i>廊坊市公共资源交易中心安次分中心</div><div class="tel">服务热线：0316-52*****</div></div>'
            f'<div class="nv">{nav}</div><div class="crumb">首页 &gt; {" &gt; ".join(esc(x) for x in p["crumb"])}</div>'
            f'<div class="sheet"><h1>{esc(p["title"])}</h1><div class="band">{band}</div><div class="body">{paras(p["paras"])}</div></div>')


DESIGNS = {"yongding": (YONGDING, _yongding), "gk": (GK, _gk), "xinxiang": (XINXIANG, _xinxiang), "jiaoyi": (JIAOYI, _jiaoyi)}


def desk(design, p, w=1366, h=900, q=80, zoom=1.0, charset="utf-8"):
    css, fn = DESIGNS[design]
    css = css + f"body{{width:{w / zoom:.0f}px}}" + (f"html{{zoom:{zoom}}}" if zoom != 1.0 else "")
    return doc(p.get("tab", p.get("title", "")), css, fn(p, w), charset), (w, h, q)


# ------------------------------------------------------------------ 360 browser on Windows 10
WINDOW = BASE + """
body{background:#000}
.win{position:absolute;left:0;top:0;overflow:hidden;background:#fff}
.t360{height:36px;background:#1e9e54;display:flex;align-items:flex-end;padding-left:8px}
.t360 .lg{width:22px;height:22px;border-radius:11px;background:#fff;margin:0 10px 7px 4px}
.t360 .tab{background:#f2f2f2;height:30px;line-height:30px;width:230px;padding:0 12px;font-size:12px;border-radius:6px 6px 0 0;white-space:nowrap;overflow:hidden;margin-right:3px}
.t360 .tab.off{background:#3cb36f;color:#eafff1}
.adr{height:38px;background:#f2f2f2;border-bottom:1px solid #cfcfcf;display:flex;align-items:center;padding:0 10px;font-size:13px}
.adr .bt{color:#777;margin-right:14px;font-size:15px}
.adr .u{flex:1;background:#fff;border:1px solid #cfcfcf;height:26px;line-height:24px;padding:0 10px;color:#333}
.adr .u em{font-style:normal;color:#1e9e54;margin-right:6px}
.fav{height:26px;background:#fafafa;border-bottom:1px solid #ddd;font-size:12px;color:#555;line-height:26px;padding-left:14px}
.fav span{margin-right:20px}
.view{position:absolute;left:0;right:0;overflow:hidden}
.view img{display:block}
.task{position:absolute;left:0;right:0;bottom:0;height:40px;background:#1f1f27;display:flex;align-items:center}
.task .st{width:48px;height:40px;background:#2b2b36}
.task .sr{width:260px;height:40px;background:#f3f3f3;color:#666;font-size:13px;line-height:40px;padding-left:14px}
.task .ic{width:46px;height:40px;border-bottom:2px solid #6cb4ff;margin-left:2px;background:#2d2d3a}
.task .sp{flex:1}
.task .ck{color:#fff;font-size:12px;text-align:center;line-height:17px;padding:0 14px}
"""


def window(img_path, w, h, fr, q=78):
    """fr: url, tab, [tab2], clock ('10:42', '2020/11/18'), [taskbar] (default True)."""
    task = fr.get("taskbar", True)
    vh = h - 100 - (40 if task else 0)
    t1, t2 = fr["clock"]
    body = (f'<div class="win" style="width:{w}px;height:{h}px"><div class="t360"><div class="lg"></div>'
            f'<div class="tab">{esc(fr["tab"])}</div><div class="tab off">{esc(fr.get("tab2", "360导航_一个主页，整个世界"))}</div></div>'
            f'<div class="adr"><span class="bt">‹　›　⟳</span><div class="u"><em>&#9679;</em>{esc(fr["url"])}</div></div>'
            f'<div class="fav"><span>360导航</span><span>廊坊市人民政府</span><span>河北省政务服务网</span><span>OA办公系统</span></div>'
            f'<div class="view" style="top:100px;height:{vh}px"><img src="file://{img_path}"></div>')
    if task:
        body += (f'<div class="task"><div class="st"></div><div class="sr">在这里输入你要搜索的内容</div><div class="ic"></div>'
                 f'<div class="ic"></div><div class="ic"></div><div class="sp"></div><div class="ck">{esc(t1)}<br>{esc(t2)}</div></div>')
    body += "</div>"
    return doc("win", WINDOW, body), (w, h, q)


# ------------------------------------------------------------------ phone pages
PHONE = BASE + """
body{color:#1b1b1b}
.sb{height:26px;line-height:26px;font-size:13px;padding:0 16px;font-weight:bold;display:flex}
.sb span{flex:1}
.sb em{font-style:normal;font-weight:normal}
.nb{height:44px;line-height:44px;text-align:center;font-size:16px;border-bottom:1px solid #eee;position:relative}
.nb:before{content:'\\2715';position:absolute;left:16px;font-size:17px}
.nb:after{content:'\\2022\\2022\\2022';position:absolute;right:16px;letter-spacing:1px}
.wx{padding:20px 18px}
.wx h2{font-size:21px;line-height:31px;margin-bottom:10px}
.wx .by{font-size:14px;color:#9a9a9a;margin-bottom:18px}
.wx .by .ac{color:#576b95;margin-right:8px}
.wx .by .yc{background:#f2f2f2;color:#888;font-size:12px;padding:1px 4px;margin-right:6px}
.wx p{font-size:16px;line-height:29px;margin-bottom:14px;text-align:justify;color:#333}
.wx p.c{text-align:center;font-weight:bold}
.wx .pic{height:170px;border-radius:4px;color:#fff;font-size:18px;text-align:center;padding-top:68px;margin-bottom:14px}
.wx .rd{font-size:13px;color:#999;margin-top:6px}
.wx table{border-collapse:collapse;width:100%;font-size:13px;margin-bottom:12px}
.wx td,.wx th{border:1px solid #ccc;padding:3px;text-align:center}
.pf{text-align:center;padding:26px 20px 16px;border-bottom:10px solid #f3f3f3}
.pf .lg{width:70px;height:70px;border-radius:35px;margin:0 auto 10px;background:#5a6b2e;color:#fff;line-height:70px;font-size:15px}
.pf .nm{font-size:19px;font-weight:bold}
.pf .ds{font-size:13px;color:#888;margin-top:6px;line-height:20px}
.pf .bt{display:inline-block;margin-top:12px;background:#07c160;color:#fff;padding:7px 40px;border-radius:4px;font-size:15px}
.ms{padding:0 16px}
.ms .it{display:flex;padding:12px 0;border-bottom:1px solid #f0f0f0}
.ms .it b{flex:1;font-weight:normal;font-size:15px;line-height:22px}
.ms .it i{width:70px;height:54px;margin-left:12px;background:linear-gradient(135deg,#b8c48d,#5a6b2e)}
.ms .mt{font-size:12px;color:#aaa;padding-top:10px}
.wb{padding:14px}
.wb .av{float:left;width:46px;height:46px;border-radius:23px;background:#c6402a;color:#fff;text-align:center;line-height:46px;font-size:13px;margin-right:10px}
.wb .nm{font-size:16px;color:#f26a0c;line-height:24px}
.wb .tm{font-size:12px;color:#999;line-height:20px}
.wb .tx{clear:both;padding-top:12px;font-size:16px;line-height:27px}
.wb .tx a{color:#4f7cae}
.wb .im{display:flex;gap:4px;margin-top:8px}
.wb .im i{flex:1;height:110px;background:linear-gradient(160deg,#7d9bbd,#34506e)}
.wb .op{display:flex;justify-content:space-around;border-top:1px solid #eee;margin-top:12px;padding-top:10px;font-size:13px;color:#777}
.cm{border-top:8px solid #f2f2f2;padding:10px 14px;font-size:14px;line-height:22px}
.cm div{padding:8px 0;border-bottom:1px solid #f2f2f2}
.cm span{color:#4f7cae}
.cm em{display:block;font-style:normal;color:#aaa;font-size:12px}
.dy{background:#111;color:#fff;position:relative}
.dy .vid{height:560px;background:linear-gradient(180deg,#2d3b2a,#556b3c 60%,#1d1d1d);position:relative}
.dy .vid .cap{position:absolute;left:16px;right:70px;bottom:20px;font-size:15px;line-height:23px}
.dy .vid .cap b{display:block;font-size:17px;margin-bottom:6px}
.dy .vid .cap em{font-style:normal;color:#ccc;font-size:13px}
.dy .rt{position:absolute;right:12px;bottom:120px;text-align:center;font-size:12px;line-height:18px}
.dy .rt div{width:42px;height:42px;border-radius:21px;background:rgba(255,255,255,.25);margin:14px auto 2px}
.dy .cmx{background:#fff;color:#222;padding:12px 14px;font-size:14px;line-height:22px;border-radius:12px 12px 0 0}
.dy .cmx div{padding:6px 0;border-bottom:1px solid #eee}
.dy .cmx em{font-style:normal;color:#999;font-size:12px;margin-left:8px}
.tt{padding:16px 16px}
.tt h2{font-size:22px;line-height:32px;margin-bottom:12px}
.tt .au{display:flex;align-items:center;margin-bottom:16px}
.tt .au i{width:36px;height:36px;border-radius:18px;background:#e23d3d;margin-right:10px}
.tt .au b{font-size:15px;display:block}
.tt .au span{font-size:12px;color:#999}
.tt .au .fl{margin-left:auto;background:#f04142;color:#fff;padding:4px 14px;border-radius:3px;font-size:13px}
.tt p{font-size:17px;line-height:30px;margin-bottom:14px}
.app .ah{background:linear-gradient(90deg,#5a6b2e,#8a9b45);color:#fff;height:50px;line-height:50px;text-align:center;font-size:17px;position:relative}
.app .ah:before{content:'\\2039';position:absolute;left:16px;font-size:28px}
.app .ct{padding:18px 18px}
.app h2{font-size:20px;line-height:30px;margin-bottom:8px}
.app .mt{font-size:13px;color:#8a8a8a;border-bottom:1px solid #eee;padding-bottom:10px;margin-bottom:14px}
.app p{font-size:16px;line-height:29px;margin-bottom:12px;text-indent:2em}
.app p.r{text-align:right}
.app .fm div{border-bottom:1px solid #eee;padding:12px 2px;font-size:15px;display:flex}
.app .fm div b{width:110px;font-weight:normal;color:#555}
.app .fm div span{flex:1;color:#bbb}
.app .go{margin:20px 0;background:#5a6b2e;color:#fff;text-align:center;line-height:44px;border-radius:22px;font-size:16px}
.app .tip{font-size:13px;color:#888;line-height:21px}
.mob .mh{background:#5a6b2e;color:#fff;height:52px;line-height:52px;padding:0 14px;font-size:18px;font-weight:bold;border-bottom:4px solid #c69a2c}
.mob .ct{padding:14px 16px}
.mob h2{font-size:20px;line-height:30px;margin-bottom:8px}
.mob .mt{font-size:13px;color:#999;margin-bottom:12px}
.mob p{font-size:16px;line-height:28px;margin-bottom:10px;text-indent:2em}
.mob p.r{text-align:right}
.tbbar{position:absolute;left:0;right:0;bottom:0;height:50px;border-top:1px solid #ddd;background:#fafafa;display:flex;font-size:12px;color:#666}
.tbbar span{flex:1;text-align:center;padding-top:28px}
.tbbar span.on{color:#5a6b2e}
"""
PICS = {"olive": "linear-gradient(135deg,#8a9b45,#3f4a20)", "blue": "linear-gradient(135deg,#6fa1d6,#1f4e85)",
        "red": "linear-gradient(135deg,#e06a4f,#a11d1d)", "water": "linear-gradient(135deg,#6cc6d9,#1c6f88)",
        "green": "linear-gradient(135deg,#7fc97f,#2e7d32)", "grey": "linear-gradient(135deg,#a7b0b6,#4c565d)"}


def phone(kind, w, k, h=None, q=80, clock="10:24"):
    """kind: wechat, profile, weibo, douyin, toutiao, app, appform, mobile."""
    scale = w / 390.0
    css = PHONE + f"html{{zoom:{scale:.4f}}}body{{width:390px}}"
    dark = kind == "douyin"
    sb = (f'<div class="sb" style="{"background:#111;color:#fff" if dark else ""}"><span>{esc(clock)}</span>'
          f'<em>{esc(k.get("net", "4G"))} ▮▮▮ 82%</em></div>')
    if kind == "wechat":
        pic = f'<div class="pic" style="background:{PICS[k.get("pc", "olive")]}">{esc(k["pic"])}</div>' if k.get("pic") else ""
        yc = '<span class="yc">原创</span>' if k.get("yc") else ""
        body = (f'{sb}<div class="nb">　</div><div class="wx"><h2>{esc(k["title"])}</h2>'
                f'<div class="by">{yc}<span class="ac">{esc(k["account"])}</span>{esc(k["byline"])}</div>{pic}{paras(k["paras"])}'
                f'<div class="rd">{esc(k.get("reads", "阅读 3826　　在看 41"))}</div></div>')
    elif kind == "profile":
        its = ""
        for t, m in k["msgs"]:
            its += f'<div class="it"><b>{esc(t)}<div class="mt">{esc(m)}</div></b><i></i></div>'
        body = (f'{sb}<div class="nb">　</div><div class="pf"><div class="lg">{esc(k["logo"])}</div><div class="nm">{esc(k["account"])}</div>'
                f'<div class="ds">{esc(k["intro"])}</div><div class="bt">进入公众号</div></div><div class="ms">{its}</div>')
    elif kind == "weibo":
        im = '<div class="im"><i></i><i></i><i></i></div>' if k.get("imgs") else ""
        cms = "".join(f'<div><span>{esc(n)}</span>：{esc(t)}<em>{esc(tm)}</em></div>' for n, t, tm in k.get("comments", []))
        body = (f'{sb}<div class="nb">微博正文</div><div class="wb"><div class="av">{esc(k.get("av", "安次"))}</div>'
                f'<div class="nm">{esc(k["name"])}</div><div class="tm">{esc(k["time"])}</div><div class="tx">{k["text"]}</div>{im}'
                f'<div class="op"><span>转发 {k.get("rt", 18)}</span><span>评论 {k.get("cn", 9)}</span><span>赞 {k.get("lk", 66)}</span></div></div>'
                + (f'<div class="cm">{cms}</div>' if cms else ""))
    elif kind == "douyin":
        cms = "".join(f'<div>{esc(n)}：{esc(t)}<em>{esc(tm)}</em></div>' for n, t, tm in k.get("comments", []))
        body = (f'<div class="dy">{sb}<div class="vid"><div class="cap"><b>@{esc(k["name"])}</b>{esc(k["text"])}'
                f'<br><em>{esc(k["when"])}</em></div><div class="rt"><div></div>{esc(k.get("likes", "2.1万"))}<div></div>{esc(k.get("cmn", "368"))}'
                f'<div></div>分享</div></div><div class="cmx">{cms}</div></div>')
    elif kind == "toutiao":
        body = (f'{sb}<div class="nb">今日头条</div><div class="tt"><h2>{esc(k["title"])}</h2><div class="au"><i></i>'
                f'<div><b>{esc(k["name"])}</b><span>{esc(k["when"])}　{esc(k.get("tag", "河北廊坊安次区政府官方账号"))}</span></div>'
                f'<span class="fl">关注</span></div>{paras(k["paras"])}</div>')
    elif kind == "app":
        mt = f'<div class="mt">{esc(k["meta"])}</div>' if k.get("meta") else ""
        body = (f'{sb}<div class="app"><div class="ah">{esc(k.get("head", "爱安次"))}</div><div class="ct"><h2>{esc(k["title"])}</h2>'
                f'{mt}{paras(k["paras"])}</div></div>')
    elif kind == "appform":
        rows = "".join(f'<div><b>{esc(a)}</b><span>{esc(b)}</span></div>' for a, b in k["fields"])
        body = (f'{sb}<div class="app"><div class="ah">{esc(k.get("head", "爱安次"))}</div><div class="ct"><h2>{esc(k["title"])}</h2>'
                f'<div class="tip">{esc(k["tip"])}</div><div class="fm">{rows}</div><div class="go">提交申请</div>'
                f'<div class="tip">{esc(k.get("tip2", ""))}</div></div></div>'
                '<div class="tbbar"><span>首页</span><span class="on">办事</span><span>互动</span><span>我的</span></div>')
    elif kind == "mobile":
        body = (f'{sb}<div class="mob"><div class="mh">安次区人民政府 手机版</div><div class="ct"><h2>{esc(k["title"])}</h2>'
                f'<div class="mt">{esc(k["meta"])}</div>{paras(k["paras"])}</div></div>')
    else:
        raise ValueError(kind)
    hh = h or int(844 * scale)
    return doc(k.get("title", kind), css, body), (w, hh, q)


# ------------------------------------------------------------------ photos and scans
def screen_photo(img_path, pw, ph, w=1200, h=900, rot=-1.8, tilt=7, scale=0.78, q=70, dx=0, dy=0):
    """A phone photo of a monitor showing img_path (pw x ph): bezel, perspective, moiré, a glare band."""
    css = (f"*{{margin:0;padding:0}}html,body{{width:{w}px;height:{h}px;overflow:hidden;background:radial-gradient(ellipse at 50% 40%,#4b4b50,#1c1c20 75%)}}"
           f".mon{{position:absolute;left:{(w - pw * scale) / 2 - 22 + dx:.0f}px;top:{(h - ph * scale) / 2 - 22 + dy:.0f}px;padding:22px;background:#0e0e10;border-radius:8px;"
           f"transform:perspective(1600px) rotateY({tilt}deg) rotateZ({rot}deg);transform-origin:50% 50%}}"
           f".scr{{width:{pw * scale:.0f}px;height:{ph * scale:.0f}px;overflow:hidden;position:relative;filter:saturate(.85) brightness(1.04) blur(.45px)}}"
           f".scr img{{width:{pw * scale:.0f}px;height:{ph * scale:.0f}px;display:block}}"
           ".moi{position:absolute;inset:0;background:repeating-linear-gradient(33deg,rgba(120,140,255,.07) 0 2px,rgba(0,0,0,0) 2px 5px),"
           "repeating-linear-gradient(-29deg,rgba(255,120,160,.05) 0 2px,rgba(0,0,0,0) 2px 6px)}"
           ".gl{position:absolute;left:-20%;top:-30%;width:50%;height:160%;transform:rotate(22deg);background:linear-gradient(90deg,rgba(255,255,255,0),rgba(255,255,255,.16),rgba(255,255,255,0))}")
    body = f'<div class="mon"><div class="scr"><img src="file://{img_path}"><div class="moi"></div><div class="gl"></div></div></div>'
    return doc("photo", css, body), (w, h, q)


def paper_photo(img_path, w=1200, h=1600, rot=-2.0, glass=False, q=70, iw=794, ih=1123, scale=1.3, left=90, top=110):
    """A phone photo of a sheet (img_path, iw x ih) on a desk, or behind the glass of a 公开栏."""
    if glass:
        bg = "background:linear-gradient(180deg,#6d7d8a,#46525c)"
        extra = (".frm{position:absolute;inset:40px;border:26px solid #b9c1c7;box-shadow:inset 0 0 0 4px #8e979d;background:#2f4d7a}"
                 ".gls{position:absolute;inset:66px;background:linear-gradient(125deg,rgba(255,255,255,0) 30%,rgba(255,255,255,.28) 42%,rgba(255,255,255,0) 55%)}")
        frame = '<div class="frm"></div>'
        over = '<div class="gls"></div>'
    else:
        bg = "background:radial-gradient(ellipse at 45% 35%,#9c8a6e,#6b5a43 70%,#4b3e2e)"
        extra = ".sh{position:absolute;inset:0;background:linear-gradient(150deg,rgba(255,255,255,.14),rgba(0,0,0,0) 45%,rgba(0,0,0,.25))}"
        frame = ""
        over = '<div class="sh"></div>'
    css = (f"*{{margin:0;padding:0}}html,body{{width:{w}px;height:{h}px;overflow:hidden;{bg}}}{extra}"
           f".pp{{position:absolute;left:{left}px;top:{top}px;width:{iw}px;height:{ih}px;transform:rotate({rot}deg) scale({scale});transform-origin:0 0;"
           "box-shadow:10px 16px 34px rgba(0,0,0,.5);filter:sepia(.12) brightness(.97)}.pp img{display:block;width:100%;height:100%}")
    return doc("photo", css, f'{frame}<div class="pp"><img src="file://{img_path}"></div>{over}'), (w, h, q)


SCAN_SIZE = {150: (1240, 1754), 200: (1654, 2339), 300: (2480, 3508)}


def scan(img_path, dpi=200, rot=0.4, grey=False, q=60):
    """An A4 flatbed scan at dpi of a page image (794 x 1123 css px)."""
    w, h = SCAN_SIZE[dpi]
    s = w / 826.0
    flt = "grayscale(1) contrast(1.3)" if grey else "contrast(1.12) saturate(1.05)"
    css = (f"*{{margin:0;padding:0}}html,body{{width:{w}px;height:{h}px;overflow:hidden;background:#fdfdfb}}"
           f".pp{{position:absolute;left:{16 * s:.0f}px;top:{20 * s:.0f}px;width:794px;height:1123px;transform:scale({s:.4f}) rotate({rot}deg);transform-origin:0 0;filter:{flt}}}"
           ".pp img{display:block;width:100%;height:100%}"
           ".edge{position:absolute;inset:0;background:linear-gradient(90deg,rgba(0,0,0,.07),rgba(0,0,0,0) 4%,rgba(0,0,0,0) 96%,rgba(0,0,0,.06))}")
    return doc("scan", css, f'<div class="pp"><img src="file://{img_path}"></div><div class="edge"></div>'), (w, h, q)


# ------------------------------------------------------------------ formal documents
DOC_CSS = """
*{margin:0;padding:0}
body{font-family:'WenQuanYi Micro Hei',serif;color:#111;background:#fff}
.pg{width:794px;min-height:1123px;padding:78px 86px 60px;position:relative;box-sizing:border-box}
.red{color:#d4151c;text-align:center;font-size:36px;letter-spacing:3px;line-height:1.3;font-weight:bold}
.red.sm{font-size:28px}
.no{text-align:center;font-size:17px;margin:14px 0 6px}
.rl{border-top:3px solid #d4151c;margin-bottom:26px;position:relative}
.rl.star:after{content:'\\2605';color:#d4151c;position:absolute;left:50%;top:-13px;margin-left:-10px;background:#fff;padding:0 6px;font-size:18px}
h1{font-size:23px;text-align:center;line-height:1.5;margin:6px 0 22px;font-weight:bold;white-space:pre-line}
.st{text-align:center;font-size:16px;margin:-12px 0 18px}
p{font-size:17px;line-height:1.85;text-indent:2em;text-align:justify}
p.n{text-indent:0}
p.r{text-align:right;text-indent:0;padding-right:40px}
p.c{text-align:center;text-indent:0}
p.h{font-weight:bold}
table{border-collapse:collapse;width:100%;font-size:13px;line-height:1.5;margin:8px 0}
td,th{border:1px solid #222;padding:3px 4px;text-align:center;font-weight:normal}
th{font-weight:bold}
.sig{margin-top:36px;position:relative}
.sig p{text-align:right;text-indent:0;padding-right:40px}
.seal{position:absolute;width:170px;height:170px;opacity:.82;mix-blend-mode:multiply}
.yf{margin-top:40px;border-top:1px solid #111;border-bottom:1px solid #111;font-size:15px;padding:4px 6px;display:flex;justify-content:space-between}
.hw{font-family:'WenQuanYi Micro Hei';color:#1b3f9c;font-style:italic;font-size:19px;letter-spacing:1px;display:inline-block;transform:rotate(-2deg)}
.print .pg{padding:0;min-height:0;width:auto}
@page{size:A4;margin:25mm 24mm 22mm 26mm}
"""


def seal_svg(text, color="#e0201d"):
    chars = list(text)
    n = len(chars)
    span = 250.0
    start = -90 - span / 2
    letters = ""
    for i, c in enumerate(chars):
        a = start + span * (i + .5) / n
        letters += (f'<text x="85" y="30" font-size="17" fill="{color}" text-anchor="middle" '
                    f'transform="rotate({a + 90:.1f} 85 85)">{esc(c)}</text>')
    return (f'<svg class="seal" viewBox="0 0 170 170" xmlns="http://www.w3.org/2000/svg">'
            f'<circle cx="85" cy="85" r="80" fill="none" stroke="{color}" stroke-width="5"/>{letters}'
            f'<text x="85" y="100" font-size="46" fill="{color}" text-anchor="middle">★</text></svg>')


def redhead(d, mode="image"):
    """d: red (issuer in red), no, title, subtitle, to, paras, sign [lines], seal (text), seal_pos (dx, dy),
    after, yinfa (a, b), star, redsm, handwriting html allowed via ('html', ...)."""
    parts = []
    if d.get("red"):
        parts.append(f'<div class="red{" sm" if d.get("redsm") else ""}">{esc(d["red"])}</div>')
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
            dx, dy = d.get("seal_pos", (0, 0))
            seal = seal_svg(d["seal"]).replace('class="seal"', f'class="seal" style="right:{60 + dx}px;top:{-40 + dy}px"')
        parts.append('<div class="sig">' + "".join(f"<p>{esc(s)}</p>" for s in d["sign"]) + seal + "</div>")
    if d.get("after"):
        parts.append(paras(d["after"]))
    if d.get("yinfa"):
        a, b = d["yinfa"]
        parts.append(f'<div class="yf"><span>{esc(a)}</span><span>{esc(b)}</span></div>')
    cls = "print" if mode == "print" else ""
    return doc(d["title"], DOC_CSS, f'<div class="{cls}"><div class="pg">{"".join(parts)}</div></div>')


GAZETTE_CSS = """
*{margin:0;padding:0}
@page{size:A4;margin:20mm 22mm}
body{font-family:'WenQuanYi Micro Hei',serif;color:#111}
.cov{height:250mm;position:relative;page-break-after:always;text-align:center}
.cov .band{background:#5a6b2e;height:22mm;margin-bottom:30mm}
.cov .t{font-size:50px;letter-spacing:12px;color:#9b1c1c;font-weight:bold}
.cov .y{font-size:22px;margin-top:14mm}
.cov .inf{position:absolute;bottom:18mm;left:0;right:0;font-size:15px;line-height:2}
.toc{page-break-after:always}
.toc h2{text-align:center;font-size:24px;letter-spacing:10px;margin-bottom:10mm}
.toc li{list-style:none;font-size:15px;line-height:2.1;display:flex}
.toc li b{font-weight:normal;flex:1}
.art{page-break-after:always}
.art h3{text-align:center;font-size:20px;line-height:1.5;margin:4mm 0 3mm}
.art .no{text-align:center;font-size:14px;margin-bottom:5mm}
.art p{font-size:15px;line-height:1.8;text-indent:2em;text-align:justify}
.art p.r{text-align:right;text-indent:0}
"""


def gazette(g):
    """g: title, year_issue, issue_line (出版 line), info [lines], toc [(title, page)], articles [{title, no, paras, sign}]."""
    cov = (f'<div class="cov"><div class="band"></div><div class="t">{esc(g["title"])}</div><div class="y">{esc(g["year_issue"])}</div>'
           '<div class="inf">' + "<br>".join(esc(x) for x in g["info"]) + '</div></div>')
    toc = '<div class="toc"><h2>目　录</h2><ul>' + "".join(f'<li><b>{esc(t)}</b><span>（{esc(pn)}）</span></li>' for t, pn in g["toc"]) + '</ul></div>'
    arts = ""
    for a in g["articles"]:
        arts += (f'<div class="art"><h3>{esc(a["title"])}</h3><div class="no">{esc(a.get("no", ""))}</div>{paras(a["paras"])}'
                 + "".join(f'<p class="r">{esc(s)}</p>' for s in a.get("sign", [])) + "</div>")
    return doc(g["title"], GAZETTE_CSS, cov + toc + arts)
