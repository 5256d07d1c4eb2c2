"""designs — the design zoo's pure parts: a deterministic plan of government portal pages whose
*design* varies combinatorially (frame, header, side columns, breadcrumb, where the publication
date sits and how it is labelled, printed and surrounded), each with its truth, and a generic
per-axis tally of a build against that truth. scripts/designzoo renders the pages (headless
Chromium, two at a time) and runs dossier; nothing here starts a process.

The designs were written without looking at the date finder (docs/designzoo.md says what was
opened). Each case draws every axis independently from its own random.Random(f"{seed}:{i}"), so the
plan is deterministic and prefix-stable (case i depends only on seed and i; only a clash of file
names with an earlier case adds " (2)" to a name).

A case is a dict: id, the axes (AXES), truth (ISO date or None), date_text (the truth as printed,
None when undated), source (inbox path), indicator, kind, note, html, shot (viewport w, h, JPEG
quality; PNG ignores it), script (the JavaScript the renderer evaluates before the shot: scroll the date into
view, or the clip of a long / cropped screenshot).
"""
import datetime as dt
import random

from .dates import AS_OF, D, WEEK
from .templates import FONT, esc, html_doc

LO, HI = "2020-01-06", "2020-11-06"          # truth dates
COLLECT_LO, COLLECT_HI = "2020-11-10", "2020-11-20"

# ---------------------------------------------------------------------------------------------
# The axes and their values (docs/designzoo.md has the table)

FRAMES = ["window", "window_taskbar", "page", "long", "crop"]
WIDTHS = [1280, 1366, 1440, 1600, 1920]
SCREEN_H = {1280: [720, 800, 1024], 1366: [768], 1440: [900], 1600: [900], 1920: [1080]}
ZOOMS = [90, 100, 110, 125]
SCHEMES = {  # primary, dark, light, accent
    "red": ("#b5121b", "#8c0d14", "#fbeeee", "#f2c14e"),
    "blue": ("#1c5fb0", "#124585", "#eef4fb", "#ffd36b"),
    "green": ("#2e7d32", "#1b5e20", "#eef6ee", "#f5e08a"),
    "grey": ("#5a6470", "#3d444c", "#f1f2f4", "#d9dde2"),
    "teal": ("#11777a", "#0b5557", "#e9f5f5", "#ffe08a"),
    "brown": ("#8a4b24", "#65361a", "#f8f1ea", "#f0c36a"),
}
SITES = ["district", "platform", "bureau", "county", "town"]
NAVS = ["none", "plain", "equal", "active"]
TODAY = ["yes", "no"]
LEFTS = ["none", "menu", "rail"]
RIGHTS = ["none", "latest", "hot", "links", "qr"]
CRUMBS = ["none", "dangqian", "suozai", "xianzai"]
PLACES = ["title_center", "title_left", "right_above", "box", "table", "rail", "foot", "tile", "titlebar"]
NONE_SHARE = 0.08                         # share of undated pages (place "none")
LABELS = ["发布时间", "发布日期", "日期", "时间", "发文日期", "公开日期", "来源…日期", "更新时间", "none"]
TABLE_LABELS = ["发布日期", "发布时间", "公开日期"]   # a metadata table / rail keeps one of these
COLONS = ["full", "half"]
FIELDS = ["来源", "作者", "浏览次数", "阅读量", "点击数", "字号", "打印", "关闭", "分享"]
SEPS = ["space", "fullbar", "boxbar", "dot", "brackets", "newline"]
FORMATS = ["iso", "iso_hm", "iso_hms", "cn_pad", "cn", "cn_week", "slash", "dot", "bracket",
           "slash_short", "cn_hm"]
SIZES = [12, 13, 14, 15, 16]
COLOURS = ["#222", "#555", "#777", "#999", "#aaa"]
PAPERS = {"white": "#fff", "grey": "#f4f4f4", "tint": "#fbf6ea"}
BOLDS = ["no", "yes"]
FONTS = {
    "microhei": "'WenQuanYi Micro Hei',sans-serif",
    "mono": "'WenQuanYi Micro Hei Mono','WenQuanYi Micro Hei',monospace",
    "serif": "SimSun,'宋体','Nimbus Roman','DejaVu Serif','WenQuanYi Micro Hei',serif",
    "arial": "'Microsoft YaHei',Arial,'Nimbus Sans','WenQuanYi Micro Hei',sans-serif",
}
TABLE_COLS = [2, 3, 4]
TABLE_SHADES = ["light", "dark", "plain"]
RAIL_STYLES = ["stacked", "inline"]
DISTRACTORS = ["event", "deadline", "effective", "signoff", "attach", "prevnext", "footer", "footer_years"]
IMAGES = ["png", "jpg"]
UNDATED = ["list", "column"]

# The axes recorded per case (labels.json carries one field each; the tally has one table each).
AXES = ["frame", "width", "zoom", "scheme", "site", "nav", "today", "left", "right", "crumb", "place",
        "label", "colon", "fields", "sep", "fmt", "size", "colour", "paper", "bold", "font",
        "table_cols", "table_shade", "rail_style", "distractors", "image", "undated"]
LIST_AXES = {"fields", "distractors"}
AXIS_VALUES = {"frame": FRAMES, "width": WIDTHS, "zoom": ZOOMS, "scheme": list(SCHEMES), "site": SITES,
               "nav": NAVS, "today": TODAY, "left": LEFTS, "right": RIGHTS, "crumb": CRUMBS,
               "place": PLACES + ["none"], "label": LABELS, "colon": COLONS, "fields": FIELDS, "sep": SEPS,
               "fmt": FORMATS + ["tile_dash", "tile_dot"], "size": SIZES, "colour": COLOURS + ["white", "tile"],
               "paper": list(PAPERS), "bold": BOLDS, "font": list(FONTS), "table_cols": TABLE_COLS,
               "table_shade": TABLE_SHADES, "rail_style": RAIL_STYLES, "distractors": DISTRACTORS,
               "image": IMAGES, "undated": UNDATED}

# ---------------------------------------------------------------------------------------------
# Texts (all invented)

PLACES_CN = [("临川", "区"), ("永安", "县"), ("华阳", "县"), ("东平", "区"), ("青源", "县"), ("泰和", "区"),
             ("安宁", "县"), ("北辰", "区"), ("长乐", "县"), ("新丰", "县")]
TOWNS = ["城关镇", "柳河镇", "东湖乡", "石桥镇", "双庙乡"]
BUREAUS = ["教育和体育局", "卫生健康局", "住房和城乡建设局", "自然资源和规划局", "人力资源和社会保障局",
           "民政局", "应急管理局", "市场监督管理局", "医疗保障局", "财政局"]
# (title, indicator, unit, body sentences)
TOPICS = [
    ("关于做好2020年秋季学期开学工作的通知", "2.5", "教育和体育局",
     ["为做好秋季学期开学各项工作，确保师生安全有序返校，现就有关事项通知如下。",
      "各学校要制定开学工作方案，做好校园环境整治和物资储备。", "各学校要严格落实晨午检制度，发现异常及时报告。"]),
    ("城乡居民基本医疗保险缴费标准政策解读", "4.1", "医疗保障局",
     ["本次调整后，城乡居民个人缴费标准按照省里统一规定执行。", "参保人员可通过银行柜台、手机银行等多种渠道缴费。",
      "特困人员、低保对象等由财政按规定给予资助。"]),
    ("关于公布第二批行政许可事项清单的公告", "1.3", "行政审批局",
     ["根据深化放管服改革要求，现将第二批行政许可事项清单予以公布。", "清单之外不得违规设定或实施行政许可。",
      "各部门要按照清单做好事项办理指南的编制工作。"]),
    ("公共租赁住房保障对象资格审核结果公示", "2.7", "住房和城乡建设局",
     ["经个人申请、街道初审、部门联审，现将审核结果予以公示。", "公示期间如有异议，请以书面形式向住房保障服务中心反映。",
      "公示结束无异议的，将纳入保障范围。"]),
    ("关于开展安全生产大排查大整治行动的通知", "2.11", "应急管理局",
     ["为有效防范化解安全风险，决定在全区范围内开展安全生产大排查大整治行动。",
      "各乡镇、各部门要对照任务清单，逐项排查，建立问题台账。", "对排查发现的重大隐患，要挂牌督办、限期整改。"]),
    ("2020年第二季度“双随机、一公开”抽查结果公示", "1.6", "市场监督管理局",
     ["根据年度抽查计划，我局对辖区内市场主体开展了随机抽查。", "现将抽查结果予以公示，接受社会监督。",
      "对抽查中发现的问题，已依法责令限期整改。"]),
    ("城乡低保和特困人员救助供养资金发放情况公示", "2.8", "民政局",
     ["现将本季度城乡最低生活保障金和特困人员救助供养金发放情况予以公示。", "资金已通过社会化发放渠道足额打卡发放。",
      "如有疑问请拨打民政局社会救助股电话咨询。"]),
    ("关于印发《政府信息公开工作要点》的通知", "8.1", "人民政府办公室",
     ["现将《政府信息公开工作要点》印发给你们，请结合实际认真贯彻落实。", "各单位要明确分管领导和具体工作人员。",
      "工作推进情况纳入年度政务公开考核。"]),
    ("国有建设用地使用权挂牌出让公告", "2.13", "自然资源和规划局",
     ["经批准，现对下列地块的国有建设用地使用权以挂牌方式出让。", "凡符合条件的法人和其他组织均可申请参加竞买。",
      "竞买人可到自然资源和规划局领取出让文件。"]),
    ("就业困难人员社会保险补贴申领公告", "2.6", "人力资源和社会保障局",
     ["为落实就业扶持政策，现就就业困难人员社会保险补贴申领有关事项公告如下。",
      "符合条件的人员携带相关材料到公共就业服务窗口申请。", "补贴资金按季度拨付至个人社会保障卡账户。"]),
    ("关于调整部分财政预算项目的情况说明", "2.3", "财政局",
     ["根据年度预算执行情况，经研究，对部分预算项目进行调整。", "调整后的资金主要用于民生保障和重点项目建设。",
      "调整情况已按规定报本级人大常委会备案。"]),
    ("重点传染病防控知识宣传", "2.12", "卫生健康局",
     ["秋冬季是呼吸道传染病高发季节，请广大群众做好个人防护。", "出现发热、咳嗽等症状，请及时到正规医疗机构就诊。",
      "保持室内通风，勤洗手，合理膳食，适量运动。"]),
    ("政府信息公开工作年度报告", "1.7", "人民政府办公室",
     ["本报告根据《中华人民共和国政府信息公开条例》要求编制。", "全文包括总体情况、主动公开政府信息情况等部分。",
      "本年度政府信息公开工作取得积极进展，但仍存在不足。"]),
    ("关于征求《城区停车管理办法（征求意见稿）》意见的公告", "5.2", "住房和城乡建设局",
     ["为提高决策的科学性和透明度，现将征求意见稿全文公布，公开征求社会各界意见。",
      "公众可通过电子邮件、信函等方式提出意见建议。", "我们将认真研究采纳各方面的意见建议。"]),
]
COLUMN_PAGES = [("机构职能", "3.1", ["贯彻执行国家和省、市有关方针政策和法律法规。", "拟订本行政区域内有关发展规划并组织实施。",
                                     "负责本部门政府信息公开工作，承办上级交办的其他事项。"]),
                ("领导信息", "3.1", ["局长：主持全面工作。", "副局长：负责机关日常事务、财务和安全生产工作。",
                                     "副局长：负责业务科室和下属单位的管理工作。"]),
                ("政府信息公开指南", "1.1", ["为了更好地提供政府信息公开服务，编制本指南。", "公民、法人和其他组织可以通过网站、公开查阅点等途径获取政府信息。",
                                           "申请人可以通过信函、网络平台等方式提出申请。"])]
FILLER = ["各有关单位要高度重视，加强组织领导，确保各项工作落到实处。", "要加强宣传引导，及时回应社会关切，营造良好氛围。",
          "对工作中遇到的问题，要及时研究解决，重大情况及时报告。", "要严格落实工作责任，细化工作措施，明确完成时限。",
          "各部门要密切配合，形成工作合力，共同推进各项任务落实。", "要加强监督检查，对工作不力的单位予以通报。",
          "有关政策执行中的具体问题，由主管部门负责解释。", "联系人及电话请见附件，咨询时间为工作日上午九时至下午五时。",
          "要建立健全长效机制，推动工作常态化、制度化、规范化。", "广大群众可通过政务服务热线反映问题、提出建议。"]
LIST_COLUMNS = [("通知公告", "2.1"), ("政策文件", "2.1"), ("部门动态", "2.1"), ("政策解读", "4.1"), ("公示公告", "2.1")]
AUTHORS = ["办公室", "综合股", "张明", "李华", "王丽", "宣传科"]
FOLDERS = ["01-政府办", "02-政务公开办", "政务公开", "网站截图", "发布截图", "材料", "佐证材料", ""]

# ---------------------------------------------------------------------------------------------
# Dates


def rand_date(rng, lo=LO, hi=HI, avoid=()):
    a, b = D(lo), D(hi)
    while True:
        x = (a + dt.timedelta(days=rng.randrange((b - a).days + 1))).isoformat()
        if x not in avoid:
            return x


def shifted(iso, days):
    return (D(iso) + dt.timedelta(days=days)).isoformat()


def fmt_date(iso, style, hm=(10, 21, 5)):
    """The date as a page prints it in one of FORMATS."""
    x = D(iso)
    h, m, s = hm
    return {"iso": x.isoformat(), "iso_hm": f"{x.isoformat()} {h:02d}:{m:02d}",
            "iso_hms": f"{x.isoformat()} {h:02d}:{m:02d}:{s:02d}",
            "cn_pad": f"{x.year}年{x.month:02d}月{x.day:02d}日", "cn": f"{x.year}年{x.month}月{x.day}日",
            "cn_week": f"{x.year}年{x.month}月{x.day}日 星期{WEEK[x.weekday()]}",
            "slash": x.strftime("%Y/%m/%d"), "dot": x.strftime("%Y.%m.%d"), "bracket": f"[{x.isoformat()}]",
            "slash_short": f"{x.year}/{x.month}/{x.day}",
            "cn_hm": f"{x.year}年{x.month:02d}月{x.day:02d}日 {h:02d}:{m:02d}"}[style]


def all_forms(iso):
    """Every printed form of a date the zoo uses (to check a date appears only where it should)."""
    x = D(iso)
    return {fmt_date(iso, f).split(" ")[0].strip("[]") for f in FORMATS} | {f"{x.month:02d}-{x.day:02d}"} | \
        {f"{x.month}月{x.day}日"}


def today_text(iso, style):
    x = D(iso)
    w = WEEK[x.weekday()]
    return {0: f"今天是{x.year}年{x.month}月{x.day}日 星期{w}", 1: f"今天是：{x.year}年{x.month}月{x.day}日 星期{w}",
            2: f"今天是{x.year}年{x.month:02d}月{x.day:02d}日　星期{w}"}[style]


# ---------------------------------------------------------------------------------------------
# Drawing a case


def draw(rng):
    """Every axis, independently (then made consistent in make_case)."""
    a = {"frame": rng.choice(FRAMES), "width": rng.choice(WIDTHS), "zoom": rng.choice(ZOOMS),
         "scheme": rng.choice(list(SCHEMES)), "site": rng.choice(SITES), "nav": rng.choice(NAVS),
         "today": "yes" if rng.random() < 0.35 else "no", "left": rng.choice(LEFTS), "right": rng.choice(RIGHTS),
         "crumb": rng.choice(CRUMBS),
         "place": "none" if rng.random() < NONE_SHARE else rng.choice(PLACES),
         "label": rng.choice(LABELS), "colon": "full" if rng.random() < 0.75 else "half",
         "fields": [f for f in FIELDS if rng.random() < 0.4], "sep": rng.choice(SEPS), "fmt": rng.choice(FORMATS),
         "size": rng.choice(SIZES), "colour": rng.choice(COLOURS), "paper": rng.choice(list(PAPERS)),
         "bold": "yes" if rng.random() < 0.25 else "no", "font": rng.choice(list(FONTS)),
         "table_cols": rng.choice(TABLE_COLS), "table_shade": rng.choice(TABLE_SHADES),
         "rail_style": rng.choice(RAIL_STYLES),
         "distractors": [d for d in DISTRACTORS if rng.random() < 0.45], "image": rng.choice(IMAGES),
         "undated": rng.choice(UNDATED)}
    return a


def site_names(rng, site):
    place, kind = rng.choice(PLACES_CN)
    kind = "区" if site == "district" else kind
    county = place + kind
    bureau = rng.choice(BUREAUS)
    name = {"district": f"{place}区人民政府", "platform": f"{county}政府信息公开平台",
            "bureau": f"{place}市{bureau}", "county": f"{county}人民政府门户网站",
            "town": f"{county}{rng.choice(TOWNS)}人民政府"}[site]
    dom = {"临川": "lc", "永安": "ya", "华阳": "hy", "东平": "dp", "青源": "qy", "泰和": "th", "安宁": "an",
           "北辰": "bc", "长乐": "cl", "新丰": "xf"}[place]
    host = f"www.{dom}{'x' if kind == '县' else 'q'}.gov.cn"
    return name, county, place, bureau, host


def page_url(rng, host, site):
    n1, n2 = rng.randrange(100, 9999), rng.randrange(10000, 99999)
    forms = [f"http://{host}/col/col{n1}/art_{n1}_{n2}.html", f"https://{host}/zwgk/zfxxgkml/content_{n2}.html",
             f"http://{host}/info/{n1}/{n2}.htm", f"https://{host}/xxgk/detail.jsp?id={n2}&cid={n1}",
             f"http://{host}/contents/{n1}/{n2}.html"]
    if site == "platform":
        forms.append(f"http://{host}/xxgk/gkpt/content.html?infoid={n2:x}{n1:x}")
    return rng.choice(forms)


def join_fields(parts, sep):
    """parts: (html, is_date) in order; the separator axis decides how they sit together."""
    if sep == "newline":
        return "".join(f'<div class="fl">{h}</div>' for h, _ in parts)
    if sep == "brackets":
        return "　".join(h if d else f"【{h}】" for h, d in parts)
    s = {"space": "　　", "fullbar": "　｜　", "boxbar": " │ ", "dot": " · "}[sep]
    return s.join(h for h, _ in parts)


def other_fields(c, rng, with_source=True):
    out = []
    for f in c["fields"]:
        if f == "来源" and with_source:
            out.append(f'来源{c["cl"]}{esc(c["unit_full"])}')
        elif f == "作者":
            out.append(f'作者{c["cl"]}{esc(rng.choice(AUTHORS))}')
        elif f in ("浏览次数", "阅读量", "点击数"):
            out.append(f'{f}{c["cl"]}{rng.randrange(27, 4800)}')
        elif f == "字号":
            out.append("字号：大 中 小" if c["sep"] == "brackets" else "【字号：大 中 小】")
        elif f in ("打印", "关闭"):
            out.append(f if c["sep"] == "brackets" else f"【{f}】")
        elif f == "分享":
            out.append('分享到：<i class="ic" style="background:#3cb034"></i><i class="ic" style="background:#e6162d">'
                       '</i><i class="ic" style="background:#1e90ff"></i>')
    return out


def date_field(c):
    """The labelled (or bare) date as printed: html with the truth in <span id="pd">."""
    d = f'<span id="pd">{esc(c["date_text"])}</span>'
    lab = c["label"]
    if lab in ("none", "-"):
        return d
    if lab == "来源…日期":
        return f'信息来源{c["cl"]}{esc(c["unit_full"])}　日期{c["cl"]}{d}'
    return f'{lab}{c["cl"]}{d}'


def meta_line(c, rng, with_date):
    parts = [(date_field(c), True)] if with_date else []
    src = not (with_date and c["label"] == "来源…日期")
    parts += [(h, False) for h in other_fields(c, rng, with_source=src)]
    return join_fields(parts, c["sep"]) if parts else ""


def qr_svg(rng, n=21, px=84):
    cells = []
    finder = lambda x, y: (x < 7 and y < 7) or (x >= n - 7 and y < 7) or (x < 7 and y >= n - 7)
    for y in range(n):
        for x in range(n):
            if finder(x, y):
                fx, fy = x % (n - 7) if x >= n - 7 else x, y % (n - 7) if y >= n - 7 else y
                on = fx in (0, 6) or fy in (0, 6) or (2 <= fx <= 4 and 2 <= fy <= 4)
            else:
                on = rng.random() < 0.5
            if on:
                cells.append(f'<rect x="{x}" y="{y}" width="1" height="1"/>')
    return f'<svg width="{px}" height="{px}" viewBox="0 0 {n} {n}" shape-rendering="crispEdges">{"".join(cells)}</svg>'


def left_col(c, rng):
    if c["left"] == "menu":
        items = ["政府信息公开指南", "政府信息公开制度", "法定主动公开内容", "政府信息公开年报", "依申请公开"]
        subs = ["机构职能", "政策文件", "规划信息", "财政预决算", "重点领域", "政策解读"]
        on = c["column"]
        lis = ""
        for it in items:
            lis += f'<li class="l1{" open" if it == "法定主动公开内容" else ""}">{esc(it)}</li>'
            if it == "法定主动公开内容":
                lis += "".join(f'<li class="l2{" on" if s == on else ""}">{esc(s)}</li>' for s in subs)
        return (f'<div class="left" style="width:{c["left_w"]}px"><div class="lh">政务公开</div><ul class="menu">{lis}</ul></div>')
    if c["left"] == "rail":
        pairs = [("索引号", c["index_no"]), ("发布机构", c["unit_full"])]
        if c["place"] == "rail":
            pairs.append((c["pub_label"], f'<span id="pd">{esc(c["date_text"])}</span>'))
        pairs += [(c["written_label"], esc(c["written_text"])), ("文号", esc(c["doc_no"])),
                  ("主题分类", esc(c["column"])), ("有效性", "有效")]
        pairs = [(k, v if k != "发布机构" else esc(v)) for k, v in pairs]
        if c["rail_style"] == "stacked":
            rows = "".join(f'<div class="rk">{esc(k)}</div><div class="rv">{v}</div>' for k, v in pairs)
        else:
            rows = "".join(f'<div class="ri"><span class="rk2">{esc(k)}{c["cl"]}</span>{v}</div>' for k, v in pairs)
        return f'<div class="left rail dl" style="width:{c["left_w"]}px"><div class="lh">信息属性</div>{rows}</div>'
    return ""


def right_col(c, rng):
    r = c["right"]
    if r == "none":
        return ""
    if r in ("latest", "hot"):
        style = rng.choice(["md", "iso", "brk"])
        items = ""
        for t in rng.sample(TOPICS, 6):
            d = rand_date(rng, "2020-06-01", HI, avoid=c["avoid"])
            x = D(d)
            ds = {"md": f"{x.month:02d}-{x.day:02d}", "iso": d, "brk": f"[{x.month:02d}-{x.day:02d}]"}[style]
            items += f'<li><b>{esc(t[0])}</b><i>{ds}</i></li>'
        head = "最新信息" if r == "latest" else "热点信息"
        return f'<div class="right" style="width:{c["right_w"]}px"><div class="rh">{head}</div><ul class="rl">{items}</ul></div>'
    if r == "links":
        links = ["中国政府网", "省人民政府", "市人民政府", "国家政务服务平台", "12345政务服务便民热线", "信用中国"]
        return (f'<div class="right" style="width:{c["right_w"]}px"><div class="rh">相关链接</div><ul class="rl">'
                + "".join(f'<li><b>{esc(x)}</b></li>' for x in links) + '</ul></div>')
    boxes = "".join(f'<div class="qr">{qr_svg(rng)}<div>{esc(t)}</div></div>' for t in ("官方微信", "政务微博", "手机版"))
    return f'<div class="right" style="width:{c["right_w"]}px"><div class="rh">扫一扫</div>{boxes}</div>'


def crumb_html(c):
    path = f'首页 &gt; 政务公开 &gt; {esc(c["column"])}'
    return {"none": "", "dangqian": f'<div class="crumb">当前位置：{path}</div>',
            "suozai": f'<div class="crumb">您所在的位置：{path}</div>',
            "xianzai": f'<div class="crumb">您现在的位置：{path} &gt; 正文</div>'}[c["crumb"]]


def table_html(c, rng):
    pairs = [("索引号", esc(c["index_no"])), ("主题分类", esc(c["column"])), ("发布机构", esc(c["unit_full"])),
             (c["written_label"], esc(c["written_text"])), (c["pub_label"], f'<span id="pd">{esc(c["date_text"])}</span>'),
             ("文号", esc(c["doc_no"])), ("有效性", "有效"), ("公开方式", "主动公开"), ("公开范围", "面向社会")]
    cols = c["table_cols"]
    want = {2: rng.choice([6, 8]), 3: rng.choice([6, 9]), 4: 8}[cols]
    pairs = pairs[:want]
    rows = ""
    for i in range(0, len(pairs), cols):
        rows += "<tr>" + "".join(f'<td class="mk">{esc(k)}</td><td class="mv">{v}</td>' for k, v in pairs[i:i + cols]) + "</tr>"
    return f'<table class="mt dl">{rows}</table>'


def body_html(c, rng):
    ps = list(c["topic"][3])
    extra = rng.sample(FILLER, rng.randrange(0, 8))
    ps[2:2] = extra
    dd = c["distractors"]
    avoid = c["avoid"]
    if "event" in dd:
        d1 = rand_date(rng, avoid=avoid)
        d9 = shifted(d1, 10) if shifted(d1, 10) not in avoid else shifted(d1, 11)
        ps.insert(1, f"活动时间为{D(d1).month}月{D(d1).day}日至{fmt_date(d9, 'cn')}，地点另行通知。")
    if "deadline" in dd:
        d2 = rand_date(rng, avoid=avoid)
        ps.insert(-1, f"请各单位于{fmt_date(d2, 'cn')}前将有关材料报送至办公室。")
    if "effective" in dd:
        d3 = rand_date(rng, avoid=avoid)
        ps.append(f"本{rng.choice(['办法', '通知', '方案'])}自{fmt_date(d3, 'cn')}起施行。")
    out = "".join(f"<p>{esc(p)}</p>" for p in ps)
    if "signoff" in dd:
        out += (f'<p class="r">{esc(c["unit_full"])}</p><p class="r">{esc(c["written_text_sign"])}</p>')
    if "attach" in dd:
        items = ""
        for k in range(rng.randrange(1, 4)):
            d4 = rand_date(rng, avoid=avoid)
            items += f'<li>{k + 1}. {esc(rng.choice(["附件", "申请表", "汇总表", "名单"]))}{k + 1}.{rng.choice(["docx", "xls", "pdf"])}（{d4}）</li>'
        out += f'<div class="att"><div>附件：</div><ul>{items}</ul></div>'
    return out


def prevnext_html(c, rng):
    if "prevnext" not in c["distractors"]:
        return ""
    a, b = rng.sample([t for t in TOPICS if t[0] != c["title"]], 2)
    d1, d2 = rand_date(rng, avoid=c["avoid"]), rand_date(rng, avoid=c["avoid"])
    return (f'<div class="pn"><div>上一篇：{esc(a[0])}　[{d1}]</div><div>下一篇：{esc(b[0])}　[{d2}]</div></div>')


def footer_html(c, rng):
    dd = c["distractors"]
    if "footer" not in dd and "footer_years" not in dd:
        return ""
    yrs = "Copyright © 2008-2020 " if "footer_years" in dd else ""
    code = f"{rng.randrange(1300, 1399)}{rng.randrange(100000, 999999)}"
    icp = f"冀ICP备{rng.randrange(10000000, 99999999)}号-{rng.randrange(1, 4)}"
    return (f'<div class="ft"><div>{yrs}版权所有：{esc(c["site_name"])}　主办单位：{esc(c["county"])}人民政府办公室</div>'
            f'<div>网站标识码：{code}　{icp}　联系电话：0316-{rng.randrange(1000000, 9999999)}</div></div>')


def article(c, rng):
    """The main column: breadcrumb, and the title, date and body in the drawn place."""
    p = c["place"]
    dl = 'class="ml dl"'
    crumb = crumb_html(c)
    if p == "none":
        return crumb + undated_main(c, rng)
    title = esc(c["title"])
    fields = meta_line(c, rng, with_date=False)
    fields_line = f'<div class="ml ml2">{fields}</div>' if fields else ""
    head = ""
    if p == "title_center":
        head = f'<h1 class="c">{title}</h1><div {dl} style="text-align:center">{meta_line(c, rng, True)}</div>'
    elif p == "title_left":
        head = f'<h1 class="l">{title}</h1><div {dl}>{meta_line(c, rng, True)}</div>'
    elif p == "right_above":
        head = (f'<h1 class="c">{title}</h1>{fields_line}'
                f'<div class="ml dl" style="text-align:right;border:none">{date_field(c)}</div>')
    elif p == "box":
        parts = [date_field(c)] + other_fields(c, rng, with_source=c["label"] != "来源…日期")
        if len(parts) == 1:
            parts.append(f'发布机构{c["cl"]}{esc(c["unit_full"])}')
        cells = "".join(f"<span>{x}</span>" for x in parts)
        head = f'<h1 class="c">{title}</h1><div class="bx dl">{cells}</div>'
    elif p == "table":
        head = f'{table_html(c, rng)}<h1 class="c">{title}</h1>{fields_line}'
    elif p == "rail":
        head = f'<h1 class="c">{title}</h1>{fields_line}'
    elif p == "foot":
        head = f'<h1 class="c">{title}</h1>{fields_line}'
    elif p == "tile":
        x = D(c["truth"])
        ym = f"{x.year}.{x.month:02d}" if c["fmt"] == "tile_dot" else f"{x.year}-{x.month:02d}"
        head = (f'<div class="tw"><div class="tile" id="pd"><div class="td">{x.day:02d}</div><div class="ty">{ym}</div></div>'
                f'<h1 class="l">{title}</h1></div>{fields_line}')
    elif p == "titlebar":
        head = (f'<div class="tbar"><h1>{title}</h1><div class="tbm dl">{meta_line(c, rng, True)}</div></div>')
    body = f'<div class="body">{body_html(c, rng)}</div>'
    foot = ""
    if p == "foot":
        if c["label"] == "none":
            foot = f'<div class="fd dl"><div>{esc(c["unit_full"])}</div><div>{date_field(c)}</div></div>'
        else:
            foot = f'<div class="fd dl"><div>{date_field(c)}</div></div>'
    return f'{crumb}{head}{body}{foot}{prevnext_html(c, rng)}'


def undated_main(c, rng):
    if c["undated"] == "list":
        items = ""
        for t in rng.sample(TOPICS, 10):
            d = rand_date(rng)
            items += f'<li><b>{esc(t[0])}</b><i>{d}</i></li>'
        return (f'<div class="lh2">{esc(c["title"])}</div><ul class="lst">{items}</ul>'
                f'<div class="pg">共 {rng.randrange(40, 400)} 条　首页 上一页 1 2 3 4 5 下一页 尾页</div>')
    fields = meta_line(c, rng, with_date=False)
    fl = f'<div class="ml ml2">{fields}</div>' if fields else ""
    body = "".join(f"<p>{esc(s)}</p>" for s in c["topic"][3])
    return f'<h1 class="c">{esc(c["title"])}</h1>{fl}<div class="body">{body}</div>{prevnext_html(c, rng)}'


def header(c, rng):
    pri, dark, light, acc = SCHEMES[c["scheme"]]
    bar_l = today_text(c["collected"], rng.randrange(3)) if c["today"] == "yes" else f'欢迎访问{esc(c["site_name"])}'
    bar = (f'<div class="tb"><div class="ct"><span>{esc(bar_l)}</span><span class="tr">'
           f'{rng.choice(["无障碍浏览　|　长者模式　|　手机版", "设为首页　|　加入收藏", "简体版　|　繁體版　|　English"])}</span></div></div>')
    emblem = '<div class="em">★</div>' if rng.random() < 0.6 else ""
    search = '<div class="se">请输入关键字</div>' if rng.random() < 0.7 else ""
    sub = f'<div class="hu">{esc(c["host"])}</div>' if rng.random() < 0.4 else ""
    hd = f'<div class="hd"><div class="ct">{search}{emblem}<div class="hn">{esc(c["site_name"])}</div>{sub}</div></div>'
    nav = ""
    if c["nav"] != "none":
        items = ["首页", "政务公开", "政务服务", "互动交流", "走进" + c["place_cn"], "专题专栏"]
        if c["site"] == "platform":
            items = ["首页", "信息公开指南", "信息公开制度", "法定主动公开内容", "信息公开年报", "依申请公开"]
        on = items[1] if c["site"] != "platform" else items[3]
        nav = '<div class="nv"><div class="ct">' + "".join(
            f'<a class="{"on" if (c["nav"] == "active" and it == on) else ""}">{esc(it)}</a>' for it in items) + '</div></div>'
    return bar + hd + nav


def css(c, rng):
    pri, dark, light, acc = SCHEMES[c["scheme"]]
    z = c["zoom"] / 100
    w, h = c["width"], c["screen_h"]
    dlfont = FONTS[c["font"] or "microhei"]
    colour = c["colour"] if (c["colour"] or "").startswith("#") else "#888"
    shade = {"light": f"background:{light};color:#444", "dark": f"background:{dark};color:#fff"}.get(c["table_shade"], "")
    banner = rng.choice([f"background:{pri}", f"background:linear-gradient(90deg,{dark},{pri} 60%,{dark})",
                         f"background:linear-gradient(180deg,{pri},{dark})",
                         f"background:{light};color:{pri}!important"])
    hn_colour = pri if "color:" in banner else "#fff"
    navcss = {"plain": f"background:{pri}", "equal": f"background:{dark}", "active": f"background:{pri}"}.get(c["nav"], "")
    framed = c["frame"] in ("window", "window_taskbar")
    top = 78 if framed else 0
    bottom = 40 if c["frame"] == "window_taskbar" else 0
    fixed = c["frame"] in ("window", "window_taskbar", "page")
    body_box = f"width:{w}px;height:{h}px;overflow:hidden" if fixed else f"width:{w}px"
    view = (f".view{{position:absolute;left:0;right:0;top:{top}px;bottom:{bottom}px;overflow:hidden;background:{c['page_bg']}}}"
            if fixed else f".view{{background:{c['page_bg']}}}")
    s = f"""
*{{margin:0;padding:0;box-sizing:border-box}}
body{{font-family:{FONT};color:#333;{body_box};background:#fff}}
{view}
.page{{zoom:{z};background:{c['page_bg']}}}
.ct{{width:{c['ct']}px;margin:0 auto;position:relative}}
.tb{{background:#f7f7f7;border-bottom:1px solid #e3e3e3;font-size:13px;color:#666;line-height:32px;height:32px}}
.tb .tr{{float:right}}
.hd{{{banner};color:#fff;height:{rng.choice([96, 110, 130])}px}}
.hd .ct{{padding-top:26px}}
.hn{{font-size:{rng.choice([30, 34, 38])}px;font-weight:bold;letter-spacing:3px;color:{hn_colour};font-family:{rng.choice([FONT, FONTS['serif']])}}}
.hu{{font-size:12px;color:{hn_colour};opacity:.85}}
.em{{float:left;width:54px;height:54px;border-radius:27px;background:{acc};color:{dark};text-align:center;line-height:54px;font-size:30px;margin:-6px 14px 0 0}}
.se{{float:right;background:#fff;color:#aaa;width:260px;height:32px;line-height:32px;padding-left:12px;font-size:13px;border-radius:3px;border:1px solid #ddd}}
.nv{{{navcss};height:46px;line-height:46px}}
.nv a{{color:#fff;font-size:16px;text-decoration:none;display:inline-block;padding:0 {rng.choice([18, 24, 30])}px}}
.nv.eq a{{}}
.nv a.on{{background:#fff;color:{pri}}}
.wrap{{display:flex;gap:16px;padding:14px 0;align-items:flex-start}}
.main{{flex:1;min-width:0;background:{PAPERS[c['paper']]};padding:16px {rng.choice([20, 28, 36])}px 24px;border:1px solid #e2e2e2}}
.left,.right{{flex:none;background:#fff;border:1px solid #e2e2e2;font-size:14px}}
.lh,.rh{{background:{pri};color:#fff;font-size:16px;line-height:40px;padding-left:14px;font-weight:bold}}
.menu li{{list-style:none;line-height:40px;border-bottom:1px solid #eee;padding-left:14px}}
.menu li.l2{{padding-left:30px;font-size:13px;color:#555;background:#fafafa}}
.menu li.on{{background:{light};color:{pri};border-left:4px solid {pri};font-weight:bold}}
.rail{{padding-bottom:8px}}
.rk{{font-size:12px;color:#888;padding:8px 12px 0}}
.rv{{padding:0 12px 6px;border-bottom:1px dotted #ddd;word-break:break-all}}
.ri{{padding:7px 12px;border-bottom:1px dotted #ddd;word-break:break-all}}
.rk2{{color:#777}}
.rl li{{list-style:none;line-height:32px;display:flex;border-bottom:1px dotted #ddd;padding:0 10px;font-size:13px}}
.rl li b{{font-weight:normal;flex:1;overflow:hidden;white-space:nowrap;text-overflow:ellipsis}}
.rl li i{{font-style:normal;color:#999;margin-left:8px}}
.qr{{display:inline-block;text-align:center;margin:10px 8px 4px;font-size:12px;color:#555}}
.crumb{{font-size:13px;color:#777;border-bottom:1px solid #eee;padding-bottom:8px;margin-bottom:14px}}
h1{{font-size:{rng.choice([22, 24, 26])}px;line-height:1.5;color:{rng.choice(['#222', pri])};margin:10px 0 10px}}
h1.c{{text-align:center}}
.ml{{font-size:14px;color:#888;border-bottom:1px dashed #ddd;padding-bottom:10px;margin-bottom:16px;line-height:1.9}}
.ml2{{text-align:center}}
.dl{{font-size:{c['size'] or 14}px;color:{colour};font-family:{dlfont};font-weight:{'bold' if c['bold'] == 'yes' else 'normal'}}}
.ic{{display:inline-block;width:16px;height:16px;border-radius:8px;margin:0 3px;vertical-align:middle}}
.bx{{border:1px solid {rng.choice(['#ddd', pri, '#e5d2b8'])};background:{rng.choice(['#fff', '#f7f7f7', light])};padding:8px 16px;margin:6px 0 18px;display:flex;flex-wrap:wrap;gap:4px 28px;line-height:1.9}}
.mt{{border-collapse:collapse;width:100%;margin:4px 0 16px;line-height:1.6}}
.mt td{{border:1px solid #d8d8d8;padding:6px 8px}}
.mt td.mk{{white-space:nowrap;{shade}}}
.tw{{display:flex;align-items:center;gap:18px;margin:8px 0 12px}}
.tile{{flex:none;width:92px;height:92px;text-align:center;{rng.choice([f'background:{pri};color:#fff', f'background:{light};color:{pri};border:1px solid {pri}'])}}}
.td{{font-size:42px;line-height:60px;font-weight:bold;font-family:{dlfont}}}
.ty{{font-size:14px;line-height:22px;font-family:{dlfont}}}
.tbar{{background:{pri};color:#fff;padding:12px 18px;margin:4px 0 18px}}
.tbar h1{{color:#fff;margin:0 0 4px;font-size:22px}}
.tbm{{color:#fff!important;opacity:.92}}
.body p{{text-indent:2em;line-height:30px;margin-bottom:8px;font-size:16px}}
.body p.r{{text-align:right;text-indent:0}}
.att{{font-size:14px;margin-top:12px;color:#1a4f9c}}
.att li{{list-style:none;line-height:26px}}
.fd{{text-align:right;margin-top:18px;line-height:1.9}}
.pn{{margin-top:18px;border-top:1px solid #eee;padding-top:10px;font-size:14px;line-height:28px;color:#555}}
.lh2{{font-size:19px;color:{pri};border-bottom:2px solid {pri};padding-bottom:8px;margin-bottom:6px}}
.lst li{{list-style:none;line-height:40px;border-bottom:1px dashed #ddd;font-size:15px;display:flex}}
.lst li b{{font-weight:normal;flex:1;overflow:hidden;white-space:nowrap;text-overflow:ellipsis}}
.lst li i{{font-style:normal;color:#888;margin-left:10px}}
.pg{{text-align:center;font-size:13px;color:#666;margin-top:16px}}
.ft{{background:{dark};color:#eee;font-size:13px;line-height:26px;text-align:center;padding:18px 0}}
.chr{{position:absolute;left:0;right:0;top:0;height:78px;background:#dee1e6;font-size:13px;font-family:{FONT}}}
.tab{{display:inline-block;margin:8px 0 0 10px;background:#fff;width:230px;height:32px;line-height:32px;padding:0 12px;border-radius:8px 8px 0 0;white-space:nowrap;overflow:hidden;vertical-align:top}}
.tab2{{display:inline-block;margin:8px 0 0 2px;width:190px;height:32px;line-height:32px;padding:0 12px;color:#555;white-space:nowrap;overflow:hidden;vertical-align:top}}
.adr{{position:absolute;left:110px;right:90px;top:42px;background:#fff;height:30px;line-height:30px;border-radius:15px;padding:0 16px;color:#202124;font-size:14px;white-space:nowrap;overflow:hidden}}
.nb{{position:absolute;left:14px;top:46px;color:#5f6368;font-size:16px;letter-spacing:10px}}
.tk{{position:absolute;left:0;right:0;bottom:0;height:40px;background:#1b2330;color:#fff;font-family:{FONT}}}
.tk .st{{float:left;width:48px;height:40px;background:#0a64ad}}
.tk .sr{{float:left;width:240px;height:40px;background:#fff;color:#555;line-height:40px;padding-left:12px;font-size:13px}}
.tk .ck{{float:right;text-align:center;font-size:12px;line-height:17px;padding:3px 14px}}
"""
    return s


# The renderer evaluates this after the fonts are ready. page / window frames: when the date lies
# below the visible part, scroll the page so it shows (as a clerk would before the shot). long:
# the whole page; crop: the article region (with the rail when the date is in it), kept tall
# enough to show the date. Returns the clip rectangle or null.
SCRIPT = r"""(async()=>{await document.fonts.ready;
const b=document.body,f=b.dataset.frame,pad=+b.dataset.pad,v=document.querySelector('.view'),pd=document.getElementById('pd');
if(f==='long'){const r=document.querySelector('.page').getBoundingClientRect();
 return {x:0,y:0,width:b.clientWidth,height:Math.min(Math.ceil(r.bottom),5000)};}
if(f==='crop'){const c=document.getElementById('crop').getBoundingClientRect();
 let y0=Math.max(0,c.top-pad),y1=c.bottom+pad;
 if(pd){const r=pd.getBoundingClientRect();y1=Math.min(y1,Math.max(y0+900,r.bottom+90));}else{y1=Math.min(y1,y0+1100);}
 const x0=Math.max(0,c.left-pad),x1=Math.min(b.clientWidth,c.right+pad);
 return {x:x0,y:y0,width:x1-x0,height:Math.ceil(y1-y0)};}
if(pd){const r=pd.getBoundingClientRect(),vr=v.getBoundingClientRect();
 if(r.bottom>vr.bottom-12){v.scrollTop+=Math.ceil(r.bottom-vr.bottom+pad+40);}}
return null;})()"""


def chrome(c, rng, inner):
    """The browser window around the page: tabs, address bar (URL without a date), optional taskbar."""
    tab2 = rng.choice(["百度一下，你就知道", "新标签页", "政务服务网", f'{c["county"]}人民政府'])
    chr_ = (f'<div class="chr"><span class="tab">{esc(c["title"] if c["place"] != "none" else c["site_name"])}</span>'
            f'<span class="tab2">{esc(tab2)}</span><div class="nb">← → ⟳</div>'
            f'<div class="adr">{"" if c["url"].startswith("https") else "不安全 | "}{esc(c["url"])}</div></div>')
    tk = ""
    if c["frame"] == "window_taskbar":
        x = D(c["collected"])
        tk = (f'<div class="tk"><div class="st"></div><div class="sr">在这里输入你要搜索的内容</div>'
              f'<div class="ck">{rng.randrange(8, 18)}:{rng.randrange(60):02d}<br>{x.year}/{x.month}/{x.day}</div></div>')
    return chr_ + f'<div class="view">{inner}</div>' + tk


FILE_NAMES = ["发布截图{k}", "微信截图_{stamp}", "QQ截图{stamp}", "屏幕截图 {iso} {hms}", "{title}", "截图{k}",
              "image{k3:03d}", "{title}（网站截图）", "{title}-发布页面", "企业微信截图_{ms}"]


def file_name(c, rng):
    x = D(c["collected"])
    hms = f"{rng.randrange(8, 18):02d}{rng.randrange(60):02d}{rng.randrange(60):02d}"
    stem = rng.choice(FILE_NAMES).format(k=rng.randrange(1, 12), k3=rng.randrange(1, 60), title=c["title"][:40],
                                         stamp=f"{x.year}{x.month:02d}{x.day:02d}{hms}", iso=x.isoformat(), hms=hms,
                                         ms=f"{rng.randrange(10 ** 12, 10 ** 13)}")
    folder = rng.choice(FOLDERS)
    unit = c["unit_folder"]
    path = "/".join(p for p in (unit, folder) if p)
    return f"{path}/{stem}.{c['image']}"


def make_case(seed, i):
    """Case i of the design zoo with this seed (depends on nothing else)."""
    rng = random.Random(f"{seed}:{i}")
    c = {"id": f"d{i:04d}"}
    c.update(draw(rng))
    c["screen_h"] = rng.choice(SCREEN_H[c["width"]])
    c["collected"] = rand_date(rng, COLLECT_LO, COLLECT_HI)
    c["site_name"], c["county"], c["place_cn"], bureau, c["host"] = site_names(rng, c["site"])
    topic = rng.choice(TOPICS)
    unit = bureau if c["site"] == "bureau" else topic[2]
    c["unit_full"] = (f"{c['place_cn']}市{unit}" if c["site"] == "bureau" else
                      (c["site_name"].replace("门户网站", "") if c["site"] == "town" else f"{c['county']}{unit}"))
    c["unit_folder"] = rng.choice([unit, f"{c['county']}{unit}", f"县{unit}" if c["county"].endswith("县") else f"区{unit}"])
    c["column"] = rng.choice(["政策文件", "通知公告", "部门动态", "政策解读", "财政预决算", "重点领域"])
    hm = (rng.randrange(8, 19), rng.randrange(60), rng.randrange(60))

    # the truth
    if c["place"] == "none":
        c["truth"] = None
        if c["undated"] == "list":
            col = rng.choice(LIST_COLUMNS)
            c["topic"] = (col[0], col[1], unit, [])
        else:
            col = rng.choice(COLUMN_PAGES)
            c["topic"] = (col[0], col[1], unit, col[2])
    else:
        c["truth"] = rand_date(rng)
        c["topic"] = topic
        c["undated"] = None
    c["title"], c["indicator"] = c["topic"][0], c["topic"][1]
    c["avoid"] = {c["truth"]} if c["truth"] else set()

    # consistency: the rail place needs the rail; the metadata table and rail keep a 发布-like label;
    # the tile has no label and its own format; the undated page has none of the date's axes.
    if c["place"] == "rail":
        c["left"] = "rail"
    if c["place"] == "none" and c["left"] == "rail":
        c["left"] = "menu"                      # a column or list page has no 信息属性 rail
    if c["place"] in ("table", "rail"):
        c["label"] = c["label"] if c["label"] in TABLE_LABELS else "发布日期"
    if c["place"] == "tile":
        c["label"] = "none"
        c["fmt"] = "tile_dot" if c["fmt"] in ("dot", "slash", "slash_short") else "tile_dash"
        c["colour"] = "tile"
    if c["place"] == "titlebar":
        c["colour"] = "white"
    if c["place"] == "none":
        for k in ("label", "fmt", "size", "colour", "bold", "font"):
            c[k] = None
    if c["place"] != "table":
        c["table_cols"] = c["table_shade"] = None
    if c["left"] != "rail":
        c["rail_style"] = None
    if c["place"] == "foot" and c["label"] == "none" and "signoff" in c["distractors"]:
        c["distractors"].remove("signoff")      # an unlabelled foot date right after a 落款 is ambiguous
    if c["place"] == "none":
        c["distractors"] = [d for d in c["distractors"] if d in ("prevnext", "footer", "footer_years")]
        if c["undated"] == "list":
            c["distractors"] = [d for d in c["distractors"] if d != "prevnext"]
    c["cl"] = "：" if c["colon"] == "full" else ": "
    c["date_text"] = fmt_date(c["truth"], c["fmt"], hm) if c["truth"] and not c["fmt"].startswith("tile") else None
    if c["place"] == "tile":
        x = D(c["truth"])
        c["date_text"] = f"{x.day:02d} " + (f"{x.year}.{x.month:02d}" if c["fmt"] == "tile_dot" else f"{x.year}-{x.month:02d}")
    c["pub_label"] = c["label"] if c["place"] in ("table", "rail") else "发布日期"

    # the 成文日期 (metadata table, rail, 落款): a few days before the publication date
    base = c["truth"] or rand_date(rng)
    written = shifted(base, -rng.randrange(2, 13))
    c["avoid"].add(written)
    c["written_label"] = rng.choice(["成文日期", "生成日期"]) if c["label"] == "公开日期" else "成文日期"
    wf = c["fmt"] if c["fmt"] in FORMATS and c["fmt"] not in ("cn_week",) else "iso"
    c["written_text"] = fmt_date(written, wf, (9, 0, 0)).split(" ")[0]
    c["written_text_sign"] = fmt_date(written, "cn")
    c["written"] = written
    c["index_no"] = f"{rng.randrange(11130000, 11139999)}MB{rng.randrange(1000000, 9999999)}X/2020-{rng.randrange(10, 999):05d}"
    c["doc_no"] = f'{c["place_cn"]}{rng.choice(["政办", "教体", "卫健", "住建", "人社"])}〔2020〕{rng.randrange(3, 90)}号'
    c["url"] = page_url(rng, c["host"], c["site"])

    # geometry: the content width fits the window at the zoom; narrow mains drop the right column
    z = c["zoom"] / 100
    fit = int((c["width"] - 24) / z)
    c["ct"] = min(rng.choice([1000, 1100, 1200, fit]), fit)
    c["left_w"] = rng.randrange(200, 261, 10) if c["left"] == "rail" else rng.randrange(180, 281, 10)
    c["right_w"] = rng.randrange(240, 301, 10)
    main_w = c["ct"] - (c["left_w"] + 16 if c["left"] != "none" else 0) - (c["right_w"] + 16 if c["right"] != "none" else 0)
    if main_w < 560 and c["right"] != "none":
        c["right"] = "none"
        main_w += c["right_w"] + 16
    if main_w < 560 and c["left"] == "menu":
        c["left_w"] = 180
    if c["place"] == "table":
        c["table_cols"] = min(c["table_cols"], max(2, (main_w - 60) // 210))
    c["page_bg"] = rng.choice(["#fff", "#f3f3f3", "#eef1f5"])

    # the page
    main = article(c, rng)
    left = left_col(c, rng)
    right = right_col(c, rng)
    crop_wrap, crop_main = (' id="crop"', "") if c["place"] == "rail" else ("", ' id="crop"')
    page = (f'<div class="page">{header(c, rng)}<div class="ct"><div class="wrap"{crop_wrap}>'
            f'{left}<div class="main"{crop_main}>{main}</div>{right}</div></div>'
            f'{footer_html(c, rng)}</div>')
    style = css(c, rng)
    pad = rng.randrange(0, 30)
    if c["frame"] in ("window", "window_taskbar"):
        inner = chrome(c, rng, page)
    else:
        inner = f'<div class="view">{page}</div>'
    body = inner
    doc = html_doc(c["title"], style, body)
    c["html"] = doc.replace("<body>", f'<body data-frame="{c["frame"] if c["frame"] in ("long", "crop") else "page"}" data-pad="{pad}">', 1)
    q = rng.choice([70, 75, 80, 85, 92])
    c["quality"] = q if c["image"] == "jpg" else None
    c["shot"] = (c["width"], c["screen_h"], q)
    c["script"] = SCRIPT
    c["source"] = file_name(c, rng)
    c["kind"] = "screenshot"
    where = {"none": f"无发布日期的{'栏目列表页' if c['undated'] == 'list' else '栏目页'}"}.get(c["place"], f"发布日期位置 {c['place']}")
    c["note"] = (f"版式样本：{where}；标签 {c['label']}；格式 {c['fmt']}；{c['frame']} {c['width']}px {c['zoom']}%"
                 + (f"；成文日期 {written}" if c["place"] in ("table", "rail") or c["left"] == "rail" else ""))
    return c


def plan(n, seed=1):
    """The zoo's n cases; a file name already taken by an earlier case gets " (2)", " (3)" …"""
    cases, seen = [], set()
    for i in range(n):
        c = make_case(seed, i)
        src, k = c["source"], 2
        while src in seen:
            stem, ext = c["source"].rsplit(".", 1)
            src = f"{stem} ({k}).{ext}"
            k += 1
        c["source"] = src
        seen.add(src)
        cases.append(c)
    return cases


def label_of(c):
    """The labels.json entry: scripts/accuracy's fields plus one per axis."""
    d = {"source": c["source"], "indicator": c["indicator"], "published": c["truth"], "kind": c["kind"], "note": c["note"]}
    for a in AXES:
        d[a] = c[a]
    return d


def labels_doc(cases):
    return {"as_of": AS_OF, "files": sorted((label_of(c) for c in cases), key=lambda l: l["source"])}


# ---------------------------------------------------------------------------------------------
# The tally of a build against the truth (generic: one table per axis; a list-valued axis counts
# a case under each of its values)


def tally(labels, report, axes=AXES, confident=0.8):
    files = {f["source"]: f for f in report.get("files", [])}
    rows = []
    for l in labels["files"]:
        f = files.get(l["source"])
        got = f.get("published") if f else None
        conf = float((f or {}).get("date_confidence") or 0.0)
        rows.append({"source": l["source"], "want": l["published"], "got": got, "present": f is not None,
                     "confidence": conf, "exact": f is not None and got == l["published"],
                     "axes": {a: l.get(a) for a in axes}})
    by_axis = {}
    for a in axes:
        t = by_axis.setdefault(a, {})
        for r in rows:
            v = r["axes"][a]
            keys = ([str(x) for x in v] or ["(none)"]) if isinstance(v, list) else ["-" if v is None else str(v)]
            for k in keys:
                cell = t.setdefault(k, [0, 0])
                cell[0] += r["exact"]
                cell[1] += 1
    conf_rows = [r for r in rows if r["present"] and r["got"] is not None and r["confidence"] >= confident]
    return {"total": len(rows), "right": sum(r["exact"] for r in rows), "rows": rows, "by_axis": by_axis,
            "confident_right": sum(r["exact"] for r in conf_rows),
            "confident_wrong": sum(not r["exact"] for r in conf_rows),
            "dated": sum(r["want"] is not None for r in rows),
            "dated_right": sum(r["exact"] for r in rows if r["want"] is not None),
            "null_got": sum(1 for r in rows if r["want"] is not None and r["got"] is None),
            "undated_wrong": sum(1 for r in rows if r["want"] is None and r["got"] is not None)}


def pct(a, b):
    return f"{100.0 * a / b:5.1f}%" if b else "  n/a"


def format_tally(t, misses=False):
    out = []
    if misses:
        for r in t["rows"]:
            if not r["exact"]:
                out.append(f"  wrong  {r['source']}: got {r['got']} ({r['confidence']:.2f}), want {r['want']}"
                           f"{'' if r['present'] else ' [not in files[]]'}")
    out.append(f"dates exact: {t['right']}/{t['total']} = {pct(t['right'], t['total']).strip()} "
               f"(dated pages {t['dated_right']}/{t['dated']}; no date found on {t['null_got']} dated pages; "
               f"a date on {t['undated_wrong']} undated pages)")
    out.append(f"confident (date_confidence >= 0.8): {t['confident_right']} right, {t['confident_wrong']} wrong")
    for a, cells in t["by_axis"].items():
        out.append(f"\nby {a}:")
        keys = sorted(cells, key=lambda k: (not k.lstrip("-").isdigit(), int(k) if k.isdigit() else 0, k))
        for k in keys:
            x, n = cells[k]
            out.append(f"  {k:<16} {x:4d}/{n:<4d} {pct(x, n)}")
    return "\n".join(out)
