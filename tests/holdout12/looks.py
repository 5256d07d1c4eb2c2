"""Page designs of hold-out 12 (固安县), none taken from an earlier hold-out:

  cluster  a 河北 集约化 county portal: wheat/ochre banner with a line-drawn wall, dark-green nav,
           article on a pale-green ground, a grey info line under the title (labelled or bare),
           sometimes the date only at the foot; column pages with a left 栏目 list.
  gkpt     固安县政府信息公开平台: indigo band with horizontal 法定栏目 tabs, a 3-column bordered
           attribute table (索引号/信息分类/发布机构/生成日期/公开日期/文号/...) above the title; home page.
  dept     an old 1024-wide department site: orange header, centred 980 column on a striped ground,
           unlabelled light byline or 更新时间, sometimes a bracketed date at the foot.
  board    政民互动: a light-blue 县长信箱 / 找错 / 依申请公开 board: letter cards, statistics tables, forms.
  admin    a dark-sidebar back-office (政府网站监管 / 督办) list page.
  browser  a 360-browser-like window (green tab strip, address bar with the page URL, status bar)
           with an optional Windows 7 taskbar clock.
  phone    WeChat article (own look), 掌上固安 APP, account home and history; photos of a monitor
           and of paper (公开栏 glass, desk); red-header documents with a CSS seal; scan pages.

Every page function returns (html, (width, height, jpeg_quality)).
"""
import html as _h
import sys
import os

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "scripts"))
from evidence.templates import FONT, SERIF, html_doc  # noqa: E402


def esc(s):
    return _h.escape(s, quote=True)


def paras(ps, indent=True):
    out = []
    for x in ps:
        if x.startswith("<"):
            out.append(x)
        else:
            out.append(f"<p>{esc(x)}</p>")
    return "".join(out)


def zoomed(body, z):
    return f'<div style="zoom:{z}">{body}</div>' if z and z != 1 else body


# ----------------------------------------------------------------------------------------------- cluster
CLUSTER_CSS = """
*{margin:0;padding:0;box-sizing:border-box}
body{font-family:%(f)s;background:#eef2ee;color:#2b2b2b;width:%(w)spx;overflow:hidden}
.top{height:30px;line-height:30px;background:#f7f4ec;border-bottom:1px solid #ddd3bc;font-size:12px;color:#6b5d43;padding:0 %(pad)spx}
.top span{float:right}
.ban{height:128px;background:linear-gradient(180deg,#f4e6c4,#e9d3a2);position:relative;padding:26px %(pad)spx;overflow:hidden}
.ban .wall{position:absolute;right:%(pad)spx;bottom:0;width:520px;height:70px;border-top:3px solid #b58d4c;
  background:repeating-linear-gradient(90deg,transparent 0 38px,#c9a468 38px 44px);opacity:.45}
.ban .nm{font-size:38px;color:#7a1f12;font-weight:bold;letter-spacing:6px;text-shadow:1px 1px 0 #fff}
.ban .en{font-size:12px;color:#8c6a35;letter-spacing:1px;margin-top:4px}
.ban .so{position:absolute;right:%(pad)spx;top:30px;width:280px;height:34px;border:2px solid #22574a;background:#fff;color:#999;font-size:13px;line-height:30px;padding-left:10px}
.ban .so b{position:absolute;right:0;top:0;width:62px;height:30px;background:#22574a;color:#fff;text-align:center;font-weight:normal}
.nav{height:46px;background:#22574a;padding:0 %(pad)spx;display:flex}
.nav a{flex:1;text-align:center;color:#fff;font-size:16px;line-height:46px}
.nav a.on{background:#163d33;border-bottom:3px solid #e9c46a}
.crumb{margin:14px %(pad)spx 0;font-size:13px;color:#666}
.crumb b{color:#22574a;font-weight:normal}
.box{margin:10px %(pad)spx 0;background:#fff;border-top:3px solid #22574a;padding:26px 56px 30px;min-height:600px}
.box h1{font-size:25px;text-align:center;color:#1b1b1b;line-height:38px;font-weight:bold}
.box .st{text-align:center;font-size:15px;color:#555;margin-top:4px}
.info{margin:14px 0 18px;padding:8px 0;border-top:1px solid #e3e3e3;border-bottom:1px solid #e3e3e3;text-align:center;font-size:13px;color:#777;background:#fafaf7}
.info i{font-style:normal;margin:0 14px}
.body p{font-size:16px;line-height:30px;text-indent:2em;margin-bottom:8px;text-align:justify}
.body p.r{text-align:right;text-indent:0}
.body p.c{text-align:center;text-indent:0;font-weight:bold}
.body table{border-collapse:collapse;width:100%%;font-size:14px;margin:6px 0 12px}
.body td,.body th{border:1px solid #b9c7bf;padding:5px 6px;text-align:center}
.body th{background:#e6efe9}
.foot{font-size:12px;color:#aaa;text-align:right;margin-top:16px}
.rel{margin-top:22px;border-top:2px solid #e9c46a;padding-top:8px}
.rel h4{font-size:14px;color:#22574a;margin-bottom:4px}
.rel li{list-style:none;font-size:14px;line-height:28px;display:flex;border-bottom:1px dashed #ddd}
.rel li b{flex:1;font-weight:normal}.rel li i{font-style:normal;color:#999}
.cols{display:flex;margin:10px %(pad)spx 0}
.lm{width:220px;background:#fff;margin-right:14px}
.lm h3{background:#22574a;color:#fff;font-size:17px;line-height:48px;text-align:center}
.lm li{list-style:none;line-height:42px;border-bottom:1px solid #edf0ed;padding-left:26px;font-size:15px}
.lm li.on{color:#7a1f12;background:#f8f1e1;font-weight:bold}
.lst{flex:1;background:#fff;padding:14px 26px;min-height:600px}
.lst h2{font-size:18px;color:#22574a;border-bottom:1px solid #22574a;padding-bottom:8px;margin-bottom:6px}
.lst li{list-style:none;display:flex;line-height:40px;border-bottom:1px dashed #dcdcdc;font-size:15px}
.lst li:before{content:'\\25AA';color:#c9a468;margin-right:8px}
.lst li b{flex:1;font-weight:normal}.lst li i{font-style:normal;color:#888}
.pg{text-align:center;font-size:13px;color:#666;margin-top:16px}
.ft{margin-top:18px;background:#1b3f36;color:#c7d3cd;font-size:12px;line-height:22px;text-align:center;padding:14px 0}
"""


def cluster(p):
    w = p.get("width", 1366)
    pad = max(40, int(w / p.get("zoom", 1) - 1200) // 2)
    nav = ["首页", "政务公开", "政务服务", "政民互动", "走进固安", "专题专栏"]
    on = p.get("on", "政务公开")
    navh = "".join(f'<a class="{"on" if n == on else ""}">{n}</a>' for n in nav)
    top = p.get("topline", "河北省人民政府　|　廊坊市人民政府")
    head = (f'<div class="top">{esc(top)}<span>无障碍　|　关怀版　|　手机版　|　登录</span></div>'
            f'<div class="ban"><div class="wall"></div><div class="so">请输入关键词<b>搜索</b></div>'
            f'<div class="nm">固安县人民政府</div><div class="en">GU\'AN COUNTY PEOPLE\'S GOVERNMENT　www.guan.gov.cn</div></div>'
            f'<div class="nav">{navh}</div>'
            f'<div class="crumb">您当前的位置：<b>首页</b> &gt; {esc(" > ".join(p["crumb"]))}</div>')
    if p.get("listing") is not None:
        lm = "".join(f'<li class="{"on" if x == p["crumb"][-1] else ""}">{esc(x)}</li>' for x in p.get("menu", []))
        items = "".join(f'<li><b>{esc(t)}</b><i>{esc(d)}</i></li>' for t, d in p["listing"])
        main = (f'<div class="cols"><div class="lm"><h3>{esc(p.get("menu_title", "政务公开"))}</h3><ul>{lm}</ul></div>'
                f'<div class="lst"><h2>{esc(p["title"])}</h2><ul>{items}</ul>'
                f'<div class="pg">{esc(p.get("pager", "共 86 条　首页　上一页　1　2　3　4　5　下一页　尾页"))}</div></div></div>')
    else:
        st = f'<div class="st">{esc(p["subtitle"])}</div>' if p.get("subtitle") else ""
        info = p.get("info")
        infoh = f'<div class="info">{"".join(f"<i>{esc(x)}</i>" for x in info)}</div>' if info else '<div style="height:18px"></div>'
        foot = f'<div class="foot" style="{p.get("foot_css", "")}">{esc(p["foot"])}</div>' if p.get("foot") else ""
        rel = ""
        if p.get("related"):
            rel = (f'<div class="rel"><h4>{esc(p.get("related_title", "相关链接"))}</h4><ul>'
                   + "".join(f'<li><b>{esc(t)}</b><i>{esc(d)}</i></li>' for t, d in p["related"]) + '</ul></div>')
        main = (f'<div class="box"><h1>{esc(p["title"])}</h1>{st}{infoh}<div class="body">{paras(p["paras"])}</div>'
                f'{foot}{rel}</div>')
    ft = ('<div class="ft">主办：固安县人民政府办公室　承办：固安县融媒体中心　网站标识码：1310220002<br>'
          '冀ICP备05013472号　冀公网安备 13102202000176号　联系电话：0316-6121301</div>')
    css = CLUSTER_CSS % {"f": FONT, "w": w, "pad": pad}
    return page(p, css, head + main + ft, w)


# ----------------------------------------------------------------------------------------------- gkpt
GKPT_CSS = """
*{margin:0;padding:0;box-sizing:border-box}
body{font-family:%(f)s;background:#f4f4f8;color:#333;width:%(w)spx;overflow:hidden}
.hd{height:118px;background:linear-gradient(90deg,#2f2d6e,#4b4a9a 60%%,#2f2d6e);padding:0 %(pad)spx;position:relative;color:#fff}
.hd .em{position:absolute;left:%(pad)spx;top:26px;width:66px;height:66px;border-radius:33px;background:radial-gradient(#f3d36b,#d4a017);border:3px solid #fff3c4}
.hd .t1{position:absolute;left:calc(%(pad)spx + 84px);top:24px;font-size:32px;letter-spacing:4px;font-weight:bold}
.hd .t2{position:absolute;left:calc(%(pad)spx + 86px);top:70px;font-size:14px;color:#cfd0f5;letter-spacing:2px}
.tabs{background:#fff;border-bottom:2px solid #4b4a9a;height:50px;padding:0 %(pad)spx;display:flex}
.tabs a{padding:0 22px;line-height:50px;font-size:15px;color:#333;white-space:nowrap}
.tabs a.on{background:#4b4a9a;color:#fff}
.pos{padding:12px %(pad)spx 0;font-size:13px;color:#888}
.card{margin:10px %(pad)spx 20px;background:#fff;border:1px solid #dcdcec;padding:20px 34px 30px;min-height:620px}
table.attr{width:100%%;border-collapse:collapse;font-size:13.5px;margin-bottom:22px}
table.attr td{border:1px solid #c9c9e0;padding:7px 8px;line-height:20px}
table.attr td.k{background:#eeeef8;color:#4b4a9a;width:9%%;white-space:nowrap}
table.attr td.v{width:24%%}
.card h1{font-size:24px;text-align:center;color:#222;line-height:36px;margin:6px 0 18px}
.body p{font-size:16px;line-height:30px;text-indent:2em;margin-bottom:8px;text-align:justify}
.body p.r{text-align:right;text-indent:0}
.body p.c{text-align:center;text-indent:0;font-weight:bold}
.body table{border-collapse:collapse;width:100%%;font-size:14px;margin:6px 0 12px}
.body td,.body th{border:1px solid #bbb;padding:5px 6px;text-align:center}
.body th{background:#eeeef8}
.ops{margin-top:20px;text-align:right;font-size:13px;color:#666}
.ops span{margin-left:16px;border:1px solid #ccc;padding:3px 10px}
.rl{margin-top:18px;border:1px dashed #b8b8d8;background:#f8f8fd;padding:10px 16px;font-size:14px;line-height:26px}
.rl b{color:#4b4a9a}
.grid{display:grid;grid-template-columns:1fr 1fr;gap:16px;margin:12px %(pad)spx 20px}
.blk{background:#fff;border:1px solid #dcdcec;padding:12px 18px;min-height:250px}
.blk h3{font-size:17px;color:#4b4a9a;border-bottom:1px solid #e2e2ee;padding-bottom:8px;margin-bottom:4px}
.blk h3 span{float:right;font-size:12px;color:#999;font-weight:normal}
.blk li{list-style:none;display:flex;line-height:34px;font-size:14px;border-bottom:1px dotted #ddd}
.blk li b{flex:1;font-weight:normal;overflow:hidden;white-space:nowrap;text-overflow:ellipsis}.blk li i{font-style:normal;color:#999;margin-left:8px}
.lst li{list-style:none;display:grid;grid-template-columns:1fr 170px 120px;line-height:40px;border-bottom:1px solid #eee;font-size:15px}
.lst li.h{background:#eeeef8;color:#4b4a9a;font-weight:bold}
.lst li span:nth-child(n+2){text-align:center;color:#777}
.pg{text-align:center;font-size:13px;color:#666;margin-top:16px}
.ft{background:#2f2d6e;color:#bdbde0;text-align:center;font-size:12px;line-height:22px;padding:12px 0}
"""


def gkpt(p):
    w = p.get("width", 1440)
    pad = max(40, int(w / p.get("zoom", 1) - 1240) // 2)
    tabs = ["首页", "信息公开指南", "信息公开制度", "法定主动公开内容", "信息公开年报", "依申请公开", "政策文件", "政策解读"]
    on = p.get("on", "法定主动公开内容")
    tabh = "".join(f'<a class="{"on" if t == on else ""}">{t}</a>' for t in tabs)
    site = p.get("site", "固安县政府信息公开平台")
    head = (f'<div class="hd"><div class="em"></div><div class="t1">{esc(site)}</div>'
            f'<div class="t2">GU\'AN COUNTY GOVERNMENT INFORMATION DISCLOSURE</div></div><div class="tabs">{tabh}</div>')
    if p.get("home"):
        blks = "".join(f'<div class="blk"><h3>{esc(t)}<span>更多&gt;&gt;</span></h3><ul>'
                       + "".join(f'<li><b>{esc(a)}</b><i>{esc(d)}</i></li>' for a, d in items) + '</ul></div>'
                       for t, items in p["home"])
        main = f'<div class="pos">当前位置：首页</div><div class="grid">{blks}</div>'
    elif p.get("listing") is not None:
        items = '<li class="h"><span>标题</span><span>{}</span><span>{}</span></li>'.format(*p.get("cols", ("发布机构", "公开日期")))
        items += "".join(f'<li><span>{esc(t)}</span><span>{esc(u)}</span><span>{esc(d)}</span></li>' for t, u, d in p["listing"])
        main = (f'<div class="pos">当前位置：{esc(" > ".join(p["crumb"]))}</div><div class="card"><h1 style="text-align:left;font-size:20px">{esc(p["title"])}</h1>'
                f'<ul class="lst">{items}</ul><div class="pg">{esc(p.get("pager", "共 4 页　首页　上一页　1　2　3　4　下一页　末页"))}</div></div>')
    else:
        attr = ""
        if p.get("attr"):
            cells = list(p["attr"])
            rows = ""
            for i in range(0, len(cells), 3):
                rows += "<tr>" + "".join(f'<td class="k">{esc(k)}</td><td class="v">{esc(v)}</td>' for k, v in cells[i:i + 3]) + "</tr>"
            attr = f'<table class="attr">{rows}</table>'
        rl = f'<div class="rl">{p["rel"]}</div>' if p.get("rel") else ""
        main = (f'<div class="pos">当前位置：{esc(" > ".join(p["crumb"]))}</div><div class="card">{attr}<h1>{esc(p["title"])}</h1>'
                f'<div class="body">{paras(p["paras"])}</div>{rl}<div class="ops"><span>打印本页</span><span>关闭窗口</span></div></div>')
    ft = '<div class="ft">固安县人民政府办公室主办　网站标识码：1310220002　冀ICP备05013472号</div>'
    css = GKPT_CSS % {"f": FONT, "w": w, "pad": pad}
    return page(p, css, head + main + ft, w)


# ----------------------------------------------------------------------------------------------- dept
DEPT_CSS = """
*{margin:0;padding:0;box-sizing:border-box}
body{font-family:%(f)s;width:%(w)spx;overflow:hidden;color:#333;font-size:13px;
  background:repeating-linear-gradient(45deg,#f2ece2 0 6px,#ede5d7 6px 12px)}
.c{width:980px;margin:0 auto;background:#fff;min-height:900px;box-shadow:0 0 6px rgba(0,0,0,.15)}
.h{height:96px;background:linear-gradient(#f08a24,#d96a0b);color:#fff;padding:18px 26px;position:relative}
.h .n{font-size:29px;font-weight:bold;letter-spacing:2px}
.h .e{font-size:11px;opacity:.85;margin-top:4px}
.h .d{position:absolute;right:24px;top:20px;font-size:12px;text-align:right;line-height:20px}
.m{background:#8c3d05;height:34px;line-height:34px;padding-left:10px}
.m a{color:#fff;margin:0 16px;font-size:14px}
.w{display:flex;padding:10px}
.l{width:200px;margin-right:12px}
.l h4{background:#f08a24;color:#fff;line-height:30px;padding-left:10px;font-size:14px}
.l li{list-style:none;line-height:30px;border:1px solid #f0d9c2;border-top:none;padding-left:14px}
.r{flex:1;border:1px solid #eadfd3;padding:12px 20px 24px}
.r .loc{font-size:12px;color:#999;border-bottom:1px solid #eee;padding-bottom:6px;margin-bottom:14px}
.r h1{font-size:20px;text-align:center;color:#a23b00;line-height:30px}
.r .by{text-align:center;font-size:12px;margin:6px 0 14px;padding-bottom:8px;border-bottom:1px solid #f3e6da}
.r p{font-size:14px;line-height:26px;text-indent:2em;margin-bottom:6px}
.r p.r{text-align:right;text-indent:0}
.r table{border-collapse:collapse;width:100%%;font-size:13px;margin:6px 0}
.r td,.r th{border:1px solid #d8c7b5;padding:4px;text-align:center}
.r th{background:#fbefe2}
.r .fd{text-align:right;font-size:12px;margin-top:12px}
.r li.x{list-style:none;display:flex;line-height:30px;border-bottom:1px dashed #e3d6c8}
.r li.x b{flex:1;font-weight:normal}.r li.x i{font-style:normal;color:#999}
.f{text-align:center;font-size:12px;color:#777;border-top:3px solid #f08a24;padding:10px;line-height:20px}
"""


def dept(p):
    w = p.get("width", 1024)
    site = p["site"]
    menu = p.get("menu", ["首页", "机构概况", "政务公开", "通知公告", "办事指南", "互动交流"])
    head = (f'<div class="h"><div class="n">{esc(site)}</div><div class="e">{esc(p.get("en", ""))}</div>'
            f'<div class="d">{esc(p.get("head_right", "设为首页　|　加入收藏"))}</div></div>'
            f'<div class="m">{"".join(f"<a>{m}</a>" for m in menu)}</div>')
    left = "".join(f"<li>{esc(x)}</li>" for x in p.get("left", ["通知公告", "工作动态", "政策法规", "办事指南", "联系我们"]))
    if p.get("listing") is not None:
        body = (f'<div class="loc">当前位置：{esc(" >> ".join(p["crumb"]))}</div><h1 style="text-align:left;font-size:16px">{esc(p["title"])}</h1>'
                + "".join(f'<li class="x"><b>·{esc(t)}</b><i>{esc(d)}</i></li>' for t, d in p["listing"]))
    else:
        by = f'<div class="by" style="{p.get("by_css", "color:#888")}">{esc(p["byline"])}</div>' if p.get("byline") else '<div class="by"></div>'
        fd = f'<div class="fd" style="{p.get("fd_css", "color:#999")}">{esc(p["footdate"])}</div>' if p.get("footdate") else ""
        body = (f'<div class="loc">当前位置：{esc(" >> ".join(p["crumb"]))}</div><h1>{esc(p["title"])}</h1>{by}'
                f'{paras(p["paras"])}{fd}')
    foot = f'<div class="f">{esc(p.get("footer", site + "　版权所有　地址：固安县新昌街"))}</div>'
    css = DEPT_CSS % {"f": FONT, "w": w}
    inner = (f'<div class="c">{head}<div class="w"><div class="l"><h4>栏目导航</h4><ul>{left}</ul></div>'
             f'<div class="r">{body}</div></div>{foot}</div>')
    return page(p, css, inner, w)


# ----------------------------------------------------------------------------------------------- board
BOARD_CSS = """
*{margin:0;padding:0;box-sizing:border-box}
body{font-family:%(f)s;background:#eaf3fb;color:#2a3a4a;width:%(w)spx;overflow:hidden}
.hd{height:84px;background:#fff;border-bottom:4px solid #2a86d1;padding:0 %(pad)spx;display:flex;align-items:center}
.hd .lg{width:52px;height:52px;border-radius:10px;background:linear-gradient(135deg,#47a3ea,#1d64a8);margin-right:14px}
.hd .n{font-size:26px;color:#1d64a8;font-weight:bold}
.hd .n small{display:block;font-size:13px;color:#7f95a8;font-weight:normal}
.sub{height:42px;background:#2a86d1;padding:0 %(pad)spx}
.sub a{display:inline-block;color:#fff;line-height:42px;padding:0 20px;font-size:15px}
.sub a.on{background:#fff;color:#2a86d1;border-radius:6px 6px 0 0;margin-top:4px;line-height:38px}
.in{margin:16px %(pad)spx;}
.card{background:#fff;border-radius:8px;box-shadow:0 1px 4px rgba(0,60,120,.12);padding:18px 24px;margin-bottom:14px}
.card h2{font-size:19px;color:#1d64a8;margin-bottom:10px}
.kv{display:grid;grid-template-columns:120px 1fr 120px 1fr;border-top:1px solid #d7e6f3;border-left:1px solid #d7e6f3;font-size:14px}
.kv span{border-right:1px solid #d7e6f3;border-bottom:1px solid #d7e6f3;padding:8px 10px}
.kv span.k{background:#f1f7fc;color:#4f6a82}
.txt{font-size:15px;line-height:28px;text-indent:2em;margin-top:10px}
.rep{border-left:4px solid #2a86d1;background:#f5faff;padding:12px 16px;margin-top:8px}
.rep .t{font-size:13px;color:#4f6a82;margin-bottom:6px}
.rep p{font-size:15px;line-height:28px;text-indent:2em}
table.t{width:100%%;border-collapse:collapse;font-size:14px}
table.t th{background:#f1f7fc;color:#4f6a82;font-weight:normal;padding:9px;border-bottom:2px solid #2a86d1}
table.t td{padding:9px;border-bottom:1px solid #e3edf6;text-align:center}
table.t td.l{text-align:left}
.ok{color:#1f9d55}.no{color:#d9822b}
.stat{display:flex;gap:14px;margin-bottom:14px}
.stat div{flex:1;background:#fff;border-radius:8px;padding:14px;text-align:center;box-shadow:0 1px 4px rgba(0,60,120,.12)}
.stat b{display:block;font-size:28px;color:#2a86d1}
.stat span{font-size:13px;color:#7f95a8}
.fm td{padding:8px 10px;font-size:14px;border-bottom:1px solid #eef3f8}
.fm td.k{width:190px;text-align:right;color:#4f6a82;background:#f7fbfe}
.fm .in2{display:inline-block;width:420px;height:30px;border:1px solid #c5d6e6;border-radius:4px;vertical-align:middle}
.fm .ta{display:inline-block;width:640px;height:90px;border:1px solid #c5d6e6;border-radius:4px}
.btn{display:inline-block;background:#2a86d1;color:#fff;border-radius:4px;padding:8px 30px;margin:14px 10px 0 0}
.ft{text-align:center;font-size:12px;color:#7f95a8;padding:12px}
"""


def board(p):
    w = p.get("width", 1280)
    pad = max(30, int(w / p.get("zoom", 1) - 1160) // 2)
    tabs = p.get("tabs", ["首页", "县长信箱", "部门信箱", "我为政府网站找错", "依申请公开", "征集调查", "办理统计"])
    on = p.get("on", "县长信箱")
    head = (f'<div class="hd"><div class="lg"></div><div class="n">{esc(p.get("site", "固安县政民互动平台"))}'
            f'<small>{esc(p.get("site2", "固安县人民政府门户网站"))}</small></div></div>'
            f'<div class="sub">{"".join(tab_a(t, on) for t in tabs)}</div>')
    main = p["main"]
    css = BOARD_CSS % {"f": FONT, "w": w, "pad": pad}
    return page(p, css, head + f'<div class="in">{main}</div><div class="ft">固安县人民政府办公室主办　网站标识码：1310220002</div>', w)


def tab_a(t, on):
    cls = "on" if t == on else ""
    return f'<a class="{cls}">{esc(t)}</a>'


def kv(pairs):
    return '<div class="kv">' + "".join(f'<span class="k">{esc(k)}</span><span>{esc(v)}</span>' for k, v in pairs) + '</div>'


# ----------------------------------------------------------------------------------------------- admin
ADMIN_CSS = """
*{margin:0;padding:0;box-sizing:border-box}
body{font-family:%(f)s;background:#f0f2f5;width:%(w)spx;overflow:hidden;color:#333}
.sd{position:absolute;left:0;top:0;bottom:0;width:210px;background:#263238;color:#b0bec5}
.sd .lg{height:60px;line-height:60px;color:#fff;font-size:16px;padding-left:18px;background:#1c262b}
.sd li{list-style:none;line-height:46px;padding-left:26px;font-size:14px}
.sd li.on{background:#1e88e5;color:#fff}
.mn{margin-left:210px}
.tb{height:60px;background:#fff;box-shadow:0 1px 4px rgba(0,0,0,.08);line-height:60px;padding:0 24px;font-size:14px;color:#666}
.tb span{float:right}
.ct{margin:18px;background:#fff;padding:18px 22px;border-radius:4px;min-height:600px}
.ct h2{font-size:18px;margin-bottom:12px}
.flt{font-size:13px;color:#666;margin-bottom:12px}
.flt i{font-style:normal;display:inline-block;border:1px solid #d9d9d9;width:150px;height:30px;vertical-align:middle;margin:0 14px 0 6px;border-radius:3px}
table{width:100%%;border-collapse:collapse;font-size:13px}
th{background:#fafafa;font-weight:bold;color:#555;padding:11px 8px;border-bottom:1px solid #e8e8e8;text-align:left}
td{padding:11px 8px;border-bottom:1px solid #f0f0f0}
.tag{display:inline-block;padding:1px 8px;border-radius:3px;font-size:12px}
.g{background:#e8f5e9;color:#2e7d32}.o{background:#fff3e0;color:#ef6c00}
.pg{text-align:right;margin-top:14px;font-size:13px;color:#666}
"""


def admin(p):
    w = p.get("width", 1600)
    menu = "".join(f'<li class="{"on" if m == p["on"] else ""}">{esc(m)}</li>' for m in p["menu"])
    head = "".join(f"<th>{esc(c)}</th>" for c in p["cols"])
    rows = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in p["rows"])
    inner = (f'<div class="sd"><div class="lg">{esc(p["system"])}</div><ul>{menu}</ul></div>'
             f'<div class="mn"><div class="tb">{esc(p["crumb"])}<span>{esc(p["user"])}</span></div>'
             f'<div class="ct"><h2>{esc(p["title"])}</h2><div class="flt">{p.get("filter", "")}</div>'
             f'<table><tr>{head}</tr>{rows}</table><div class="pg">{esc(p.get("pager", ""))}</div></div></div>')
    return page(p, ADMIN_CSS % {"f": FONT, "w": w}, inner, w)


# ----------------------------------------------------------------------------------------------- browser frame
BROWSER_CSS = """
.bw{position:absolute;left:0;top:0;width:%(w)spx;height:%(h)spx;overflow:hidden;background:#fff}
.bt{height:34px;background:#2fb36b;padding:5px 0 0 8px;font-size:12px;white-space:nowrap;overflow:hidden}
.bt span{display:inline-block;height:29px;line-height:29px;padding:0 14px;width:210px;overflow:hidden;color:#fff;vertical-align:top}
.bt span.on{background:#f6f6f6;color:#222;border-radius:5px 5px 0 0}
.ba{height:38px;background:#f6f6f6;border-bottom:1px solid #cfcfcf;padding:5px 10px;display:flex;font-size:13px}
.ba .ic{width:90px;color:#777;line-height:28px;letter-spacing:6px}
.ba .u{flex:1;background:#fff;border:1px solid #c9c9c9;border-radius:3px;line-height:26px;padding:0 8px;color:#1b1b1b;font-family:%(f)s}
.ba .u em{font-style:normal;color:#2fb36b;margin-right:6px}
.ba .sr{width:220px;margin-left:10px;background:#fff;border:1px solid #c9c9c9;border-radius:3px;line-height:26px;padding-left:8px;color:#aaa}
.bv{position:absolute;top:72px;left:0;right:0;bottom:%(bot)spx;overflow:hidden}
.bs{position:absolute;left:0;right:0;bottom:%(tk)spx;height:22px;background:#f0f0f0;border-top:1px solid #ccc;font-size:12px;line-height:22px;padding-left:8px;color:#555}
.bs span{float:right;padding-right:10px}
.tk{position:absolute;left:0;right:0;bottom:0;height:40px;background:linear-gradient(#3b5574,#1f3550);color:#fff}
.tk .st{float:left;width:54px;height:40px;background:radial-gradient(circle at 50%% 50%%,#6fb1ff 0 14px,transparent 15px)}
.tk .ap{float:left;width:60px;height:36px;margin:2px;background:rgba(255,255,255,.15);border:1px solid rgba(255,255,255,.25);border-radius:3px}
.tk .ck{float:right;text-align:center;font-size:12px;line-height:18px;padding:2px 12px;font-family:%(f)s}
"""


def page(p, css, inner, w):
    """Wraps a page: zoom, optional browser window (360-like) with address bar, taskbar clock."""
    z = p.get("zoom", 1)
    h = p.get("height", 860)
    q = p.get("q", 80)
    title = p.get("tab", p.get("title", ""))
    body = zoomed(inner, z)
    if p.get("url") and p.get("frame", True):
        tk = p.get("clock")
        bot = (40 if tk else 0) + 22
        fcss = BROWSER_CSS % {"w": w, "h": h, "f": FONT, "bot": bot, "tk": 40 if tk else 0}
        tabs = f'<span class="on">{esc(title)}</span><span>{esc(p.get("tab2", "360导航_新一代安全上网导航"))}</span>'
        tkh = ""
        if tk:
            tkh = ('<div class="tk"><div class="st"></div><div class="ap"></div><div class="ap"></div><div class="ap"></div>'
                   f'<div class="ck">{esc(tk[0])}<br>{esc(tk[1])}</div></div>')
        frame = (f'<div class="bw"><div class="bt">{tabs}</div><div class="ba"><div class="ic">&#8592; &#8594; &#8635;</div>'
                 f'<div class="u"><em>&#9673;</em>{esc(p["url"])}</div><div class="sr">百度搜索</div></div>'
                 f'<div class="bv">{body}</div><div class="bs">完成<span>{esc(p.get("status", "100%"))}</span></div>{tkh}</div>')
        return html_doc(title, css + fcss, frame), (w, h, q)
    return html_doc(title, css, body), (w, h, q)


# ----------------------------------------------------------------------------------------------- phone
WX_CSS = """
*{margin:0;padding:0;box-sizing:border-box}
html{zoom:%(z)s}
body{font-family:%(f)s;background:#fff;width:%(cw)spx;overflow:hidden;color:#333}
.sb{height:26px;line-height:26px;font-size:13px;padding:0 14px;background:#ededed;font-weight:bold}
.sb span{float:right;font-weight:normal}
.nb{height:44px;line-height:44px;background:#ededed;text-align:center;font-size:16px;position:relative}
.nb:before{content:'\\2715';position:absolute;left:16px;font-size:18px}
.nb:after{content:'\\2022\\2022\\2022';position:absolute;right:16px}
.a{padding:20px 16px 30px}
.a h1{font-size:22px;line-height:32px;color:#111;font-weight:bold;margin-bottom:12px}
.a .by{font-size:15px;color:%(byc)s;margin-bottom:20px}
.a .by b{color:#576b95;font-weight:normal;margin-right:8px}
.a .by em{font-style:normal;margin-right:8px;color:#b2b2b2}
.a p{font-size:16px;line-height:29px;margin-bottom:16px;text-align:justify;letter-spacing:.3px}
.a p.c{text-align:center;font-weight:bold;color:#b22222}
.a .im{height:%(imh)spx;margin:0 0 16px;background:%(imbg)s;color:#fff;font-size:20px;font-weight:bold;text-align:center;display:flex;align-items:center;justify-content:center;padding:0 20px;line-height:32px}
.a .src{font-size:14px;color:#999;margin-top:8px}
.a .rd{font-size:14px;color:#999;margin-top:18px;display:flex;justify-content:space-between}
"""


def wechat(p):
    cw = p.get("cw", 414)
    z = p.get("zoom", 1)
    w = int(round(cw * z))
    h = int(round(p.get("ch", 860) * z))
    css = WX_CSS % {"f": FONT, "cw": cw, "z": z, "byc": p.get("byc", "#999"), "imh": p.get("imh", 190),
                    "imbg": p.get("imbg", "linear-gradient(135deg,#c0392b,#e67e22)")}
    orig = '<em>原创</em>' if p.get("orig") else ""
    im = f'<div class="im">{esc(p["pic"])}</div>' if p.get("pic") else ""
    body = (f'<div class="sb">{esc(p.get("clock", "10:26"))}<span>{esc(p.get("sig", "5G 62%"))}</span></div><div class="nb"></div>'
            f'<div class="a"><h1>{esc(p["title"])}</h1><div class="by">{orig}{esc(p.get("author", ""))}　<b>{esc(p["account"])}</b>{esc(p["byline"])}</div>'
            f'{im}{paras(p["paras"])}<div class="src">{esc(p.get("src", ""))}</div>'
            f'<div class="rd"><span>阅读 {esc(p.get("reads", "3152"))}</span><span>&#9825; {esc(p.get("likes", "47"))}　在看 {esc(p.get("look", "12"))}</span></div></div>')
    return html_doc(p["title"], css, body), (w, h, p.get("q", 82))


APP_CSS = """
*{margin:0;padding:0;box-sizing:border-box}
html{zoom:%(z)s}
body{font-family:%(f)s;background:#f5f5f5;width:360px;overflow:hidden;color:#333}
.sb{height:24px;line-height:24px;font-size:12px;padding:0 12px;background:#d32f2f;color:#fff}
.sb span{float:right}
.nb{height:48px;line-height:48px;background:#d32f2f;color:#fff;text-align:center;font-size:17px;position:relative}
.nb:before{content:'\\2039';position:absolute;left:14px;font-size:28px}
.cd{background:#fff;margin:8px 0;padding:14px 14px 18px}
.cd h1{font-size:19px;line-height:28px;margin-bottom:8px}
.cd .m{font-size:12px;color:#999;margin-bottom:12px;display:flex;justify-content:space-between}
.cd p{font-size:15px;line-height:26px;margin-bottom:10px;text-indent:2em}
.cd .row{display:flex;border-bottom:1px solid #eee;padding:10px 0;font-size:14px}
.cd .row b{width:96px;color:#888;font-weight:normal}
.cd .row span{flex:1}
.tabb{position:absolute;left:0;right:0;bottom:0;height:52px;background:#fff;border-top:1px solid #ddd;display:flex}
.tabb a{flex:1;text-align:center;font-size:11px;color:#888;padding-top:30px;position:relative}
.tabb a:before{content:'';position:absolute;left:50%%;top:7px;margin-left:-10px;width:20px;height:20px;border-radius:5px;background:#ccc}
.tabb a.on{color:#d32f2f}.tabb a.on:before{background:#d32f2f}
"""


def app(p):
    z = p.get("zoom", 2)
    w = int(360 * z)
    h = int(p.get("ch", 740) * z)
    css = APP_CSS % {"f": FONT, "z": z}
    body = (f'<div class="sb">{esc(p.get("clock", "14:08"))}<span>4G 81%</span></div><div class="nb">{esc(p.get("bar", "掌上固安"))}</div>'
            f'{p["main"]}<div class="tabb"><a class="on">首页</a><a>办事</a><a>资讯</a><a>互动</a><a>我的</a></div>')
    return html_doc("掌上固安", css, body), (w, h, p.get("q", 78))


HOME_CSS = """
*{margin:0;padding:0;box-sizing:border-box}
body{font-family:%(f)s;background:#fff;width:%(w)spx;overflow:hidden;color:#222}
.sb{height:26px;line-height:26px;font-size:13px;padding:0 14px;font-weight:bold;background:#ededed}
.sb span{float:right;font-weight:normal}
.nb{height:44px;line-height:44px;background:#ededed;text-align:center;font-size:16px}
.pf{padding:24px 20px 16px;border-bottom:8px solid #f2f2f2}
.pf .lg{float:left;width:64px;height:64px;border-radius:8px;background:%(lg)s;color:#fff;text-align:center;line-height:64px;font-size:15px;margin-right:14px}
.pf .n{font-size:20px;font-weight:bold;line-height:34px}
.pf .i{font-size:13px;color:#888;line-height:22px;clear:both;padding-top:12px}
.pf .x{font-size:13px;color:#576b95;line-height:24px}
.dy{font-size:13px;color:#999;padding:14px 20px 6px}
.it{display:flex;padding:10px 20px;border-bottom:1px solid #f0f0f0}
.it b{flex:1;font-weight:normal;font-size:16px;line-height:24px}
.it i{width:70px;height:56px;margin-left:12px;background:%(th)s;border-radius:3px}
.btn{margin:12px 20px;background:#07c160;color:#fff;text-align:center;line-height:42px;border-radius:5px;font-size:16px}
"""


def wx_home(p):
    w = p.get("cw", 414)
    css = HOME_CSS % {"f": FONT, "w": w, "lg": p.get("lg", "#b71c1c"), "th": p.get("th", "linear-gradient(135deg,#a7c7e7,#4a78a8)")}
    days = "".join(f'<div class="dy">{esc(d)}</div>' + "".join(f'<div class="it"><b>{esc(t)}</b><i></i></div>' for t in ts)
                   for d, ts in p.get("days", []))
    extra = p.get("extra", "")
    body = (f'<div class="sb">{esc(p.get("clock", "16:40"))}<span>4G 55%</span></div><div class="nb">{esc(p.get("bar", ""))}</div>'
            f'<div class="pf"><div class="lg">{esc(p["logo"])}</div><div class="n">{esc(p["account"])}</div>'
            f'<div class="x">{esc(p.get("owner", ""))}</div><div class="i">{esc(p["intro"])}</div></div>{extra}{days}')
    return html_doc(p["account"], css, body), (w, p.get("ch", 860), p.get("q", 80))


# ----------------------------------------------------------------------------------------------- photos
def photo_screen(inner, iw, ih, w=1200, h=900, rot=-1.6, skew=2.0, scale=0.82, q=74):
    """A phone photo of a monitor showing a page: bezel, perspective, moiré lines, glare."""
    bi = inner.index("<body>") + 6
    body = inner[bi:inner.rindex("</body>")]
    style = inner[inner.index("<style>") + 7:inner.index("</style>")]
    style = style.replace("body{", ".scr{").replace("html{", ".scrh{")
    css = (f"*{{margin:0;padding:0;box-sizing:border-box}}html,body{{width:{w}px;height:{h}px;overflow:hidden;"
           "background:linear-gradient(170deg,#4b4f55,#2a2c30 60%,#1a1b1d)}" + style +
           f".mon{{position:absolute;left:50%;top:50%;width:{iw + 40}px;height:{ih + 44}px;margin-left:-{(iw + 40) // 2}px;margin-top:-{(ih + 44) // 2}px;"
           f"background:#111;border-radius:8px;padding:20px 20px 24px;transform:perspective(1800px) rotateY({skew}deg) rotate({rot}deg) scale({scale});box-shadow:0 20px 60px rgba(0,0,0,.6)}}"
           f".scr{{position:relative;width:{iw}px;height:{ih}px;overflow:hidden}}"
           ".moire{position:absolute;left:0;top:0;right:0;bottom:0;pointer-events:none;"
           "background:repeating-linear-gradient(2deg,rgba(0,0,0,.05) 0 2px,transparent 2px 5px),"
           "repeating-linear-gradient(-3deg,rgba(80,0,120,.04) 0 3px,transparent 3px 7px)}"
           ".glare{position:absolute;left:0;top:0;right:0;bottom:0;background:radial-gradient(ellipse at 72% 22%,rgba(255,255,255,.35),rgba(255,255,255,0) 38%)}")
    return html_doc("photo", css, f'<div class="mon"><div class="scr">{body}<div class="moire"></div><div class="glare"></div></div></div>'), (w, h, q)


def photo_paper(doc_html, w=1200, h=1600, rot=-1.8, glass=False, q=72, scale=1.18, left=120, top=110):
    """A phone photo of a sheet: on a desk, or pinned in a 公开栏 behind glass (reflection, frame)."""
    bi = doc_html.index("<body>") + 6
    body = doc_html[bi:doc_html.rindex("</body>")]
    style = doc_html[doc_html.index("<style>") + 7:doc_html.index("</style>")]
    import re
    style = re.sub(r"@page\{[^}]*\}", "", style).replace("body{", ".paper{")
    bg = ("linear-gradient(180deg,#7b8a96,#56636e)" if glass else
          "radial-gradient(ellipse at 40% 35%,#9a8466,#6a5640 70%,#45372a)")
    css = (f"*{{margin:0;padding:0}}html,body{{width:{w}px;height:{h}px;overflow:hidden;background:{bg}}}" + style +
           f".paper{{position:absolute;left:{left}px;top:{top}px;width:794px;min-height:1123px;padding:64px 76px;background:#f7f5ee;"
           f"transform:rotate({rot}deg) scale({scale});transform-origin:0 0;box-shadow:10px 16px 36px rgba(0,0,0,.5);font-size:18px}}"
           ".sh{position:absolute;left:0;top:0;width:100%;height:100%;background:linear-gradient(155deg,rgba(255,255,255,.16),rgba(0,0,0,0) 45%,rgba(0,0,0,.2))}"
           + (".gl{position:absolute;left:0;top:0;width:100%;height:100%;border:34px solid #8d969c;"
              "background:linear-gradient(118deg,rgba(255,255,255,0) 30%,rgba(255,255,255,.32) 41%,rgba(255,255,255,0) 52%)}" if glass else ""))
    return html_doc("photo", css, f'<div class="paper">{body}</div><div class="sh"></div>' + ('<div class="gl"></div>' if glass else "")), (w, h, q)


# ----------------------------------------------------------------------------------------------- documents
DOC_CSS = """
@page{size:A4;margin:24mm 25mm 22mm 26mm}
*{margin:0;padding:0}
body{font-family:%(s)s;color:#000;font-size:15.5pt;line-height:1.75}
.red{color:#d0101b;text-align:center;font-size:%(rs)s;letter-spacing:3px;line-height:1.35;margin-top:2mm}
.no{text-align:center;font-size:14pt;margin:4mm 0 2mm}
.rl{border-top:2.5px solid #d0101b;margin-bottom:8mm}
h1{font-size:20pt;text-align:center;line-height:1.5;margin:3mm 0 6mm;font-weight:normal}
p{text-indent:2em;text-align:justify}
p.n{text-indent:0}
p.r{text-align:right;text-indent:0;padding-right:8mm}
p.c{text-align:center;text-indent:0}
table{border-collapse:collapse;width:100%%;font-size:11.5pt;line-height:1.5;margin:3mm 0}
td,th{border:1px solid #000;padding:2px 4px;text-align:center;font-weight:normal}
.sig{margin-top:9mm;position:relative}
.seal{position:absolute;width:150px;height:150px;border:4px solid rgba(214,20,30,.78);border-radius:50%%;color:rgba(214,20,30,.8);
  text-align:center;font-size:14px;line-height:1.2}
.seal b{display:block;font-size:34px;line-height:34px;margin-top:46px}
.seal i{position:absolute;left:6px;right:6px;top:14px;font-style:normal;font-size:13px;letter-spacing:1px}
.yf{margin-top:10mm;border-top:1px solid #000;border-bottom:1px solid #000;font-size:13pt;padding:1mm 2mm;display:flex;justify-content:space-between}
.hw{font-family:%(f)s;color:#1a3a8a;font-style:italic}
"""


def seal_html(unit, right="14mm", top="-24mm", rot=-8):
    return (f'<div class="seal" style="right:{right};top:{top};transform:rotate({rot}deg)"><i>{esc(unit)}</i><b>&#9733;</b></div>')


def doc(d, image=False):
    """A formal document. d: red, no, title, to, paras, sign (lines), seal (unit) / seal_pos, after, yinfa, red_size."""
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
        seal = seal_html(d["seal"], *d.get("seal_pos", ("14mm", "-6mm", -8))) if d.get("seal") else ""
        parts.append('<div class="sig">' + "".join(f'<p class="r">{esc(s)}</p>' for s in d["sign"]) + seal + '</div>')
    if d.get("after"):
        parts.append(paras(d["after"]))
    if d.get("yinfa"):
        a, b = d["yinfa"]
        parts.append(f'<div class="yf"><span>{esc(a)}</span><span>{esc(b)}</span></div>')
    css = DOC_CSS % {"s": SERIF, "f": FONT, "rs": d.get("red_size", "28pt")}
    if image:
        css += "body{width:794px;padding:64px 80px;box-sizing:border-box;font-size:19px;background:#fff}h1{font-size:25px}.red{font-size:36px}table{font-size:14px}"
    return html_doc(d["title"], css, "".join(parts))


def scan(doc_html, w=1240, h=1754, rot=0.5, grey=True, q=62):
    """A flatbed scan page at w x h (1240 = 150 dpi, 1654 = 200 dpi, 2480 = 300 dpi)."""
    import re
    bi = doc_html.index("<body>") + 6
    body = doc_html[bi:doc_html.rindex("</body>")]
    style = doc_html[doc_html.index("<style>") + 7:doc_html.index("</style>")]
    style = re.sub(r"@page\{[^}]*\}", "", style).replace("body{", ".paper{")
    k = w / 794
    filt = "grayscale(1) contrast(1.3)" if grey else "contrast(1.12) saturate(.9)"
    css = (f"*{{margin:0;padding:0}}html,body{{width:{w}px;height:{h}px;overflow:hidden;background:#fbfbf8}}" + style +
           f".paper{{position:absolute;left:{int(14 * k)}px;top:{int(10 * k)}px;width:794px;height:1123px;overflow:hidden;padding:70px 84px;background:#fff;"
           f"transform:rotate({rot}deg) scale({k * 0.97:.3f});transform-origin:0 0;font-size:18px;filter:{filt}}}"
           ".dust{position:absolute;left:0;top:0;width:100%;height:100%;background:linear-gradient(90deg,rgba(0,0,0,.07),rgba(0,0,0,0) 5%,rgba(0,0,0,0) 95%,rgba(0,0,0,.09))}")
    return html_doc("scan", css, f'<div class="paper">{body}</div><div class="dust"></div>'), (w, h, q)
