"""Date formats used on the pages: 2020年8月14日, 二〇二〇年八月十四日, 今天是：… 星期五, Excel serials."""
import datetime as dt

AS_OF = "2020-11-20"
WEEK = "一二三四五六日"
UPPER = "〇一二三四五六七八九"


def D(s):
    return dt.date.fromisoformat(s)


def cn(s):
    x = D(s)
    return f"{x.year}年{x.month}月{x.day}日"


def cn_upper(s):
    x = D(s)
    y = "".join(UPPER[int(c)] for c in str(x.year))

    def n(v):
        if v < 10:
            return UPPER[v]
        if v == 10:
            return "十"
        if v < 20:
            return "十" + UPPER[v - 10]
        return UPPER[v // 10] + "十" + (UPPER[v % 10] if v % 10 else "")
    return f"{y}年{n(x.month)}月{n(x.day)}日"


def today_bar(s):
    x = D(s)
    return f"今天是：{x.year}年{x.month}月{x.day}日 星期{WEEK[x.weekday()]}"


def serial(s):
    """Excel's day number (1900 date system) of an ISO date."""
    return (D(s) - dt.date(1899, 12, 30)).days


def when(s, hh=9, mm=12):
    """A collection time on day s (for PDF stamps), seconds fixed at 41."""
    x = D(s)
    return dt.datetime(x.year, x.month, x.day, hh, mm, 41)
