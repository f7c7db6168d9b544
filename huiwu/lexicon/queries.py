"""Questions of the knowledge base: who held a post on a day, a person's career."""

from __future__ import annotations

from datetime import date

from . import Lexicon


def who_held(lexicon: Lexicon, title: str, *, country: str | None, on: date) -> list[dict[str, str | None]]:
    """One row per matching post: the holder(s) on the day, or an empty holder."""
    posts = lexicon.find_posts(title, country=country)
    if not country and len({p.country for p in posts}) > 1:
        prefixed = [p for p in posts if title.startswith(("美", "中", "俄", "日", "英", "法", "德"))]
        posts = prefixed or posts
    rows: list[dict[str, str | None]] = []
    for post in posts:
        holders = lexicon.who_held(post.id, on=on)
        if not holders:
            rows.append({"post": post.name, "country": post.country, "name": "—", "name_en": None,
                         "start": None, "end": None})
        for holding in holders:
            entity = lexicon.entity(holding.person)
            rows.append({
                "post": post.name, "country": post.country,
                "name": entity.name if entity else holding.person,
                "name_en": entity.name_en if entity else None,
                "start": holding.start or None, "end": holding.end or None,
            })
    return rows


def career(lexicon: Lexicon, person: str) -> list[dict[str, str]]:
    rows = []
    for holding in sorted(lexicon.holdings_of(person), key=lambda h: h.start or ""):
        post = lexicon.posts.get(holding.post)
        rows.append({
            "post": post.name if post else holding.post, "post_en": post.name_en if post else "",
            "start": holding.start, "end": holding.end,
        })
    return rows
