"""Reading companies, with internships hosted and the Law 68/99 posts still uncovered."""

from __future__ import annotations

from sqlalchemy import func, select

from models.entities import Company, Convention, Internship
from models.l68 import uncovered_posts
from models.rows import Actor, CompanyRow
from storage.engine import Database
from storage.services.common import EVERYONE, require


def list_companies(
    db: Database, actor: Actor, *, text: str = "", limit: int = 500, offset: int = 0
) -> list[CompanyRow]:
    require(actor, EVERYONE, "consultare le aziende")
    internships = (
        select(Internship.company_id, func.count().label("n"))
        .group_by(Internship.company_id)
        .subquery()
    )
    conventions = (
        select(Convention.company_id, func.sum(Convention.posts_covered).label("posts"))
        .where(Convention.end_date.is_(None) | (Convention.end_date >= func.current_date()))
        .group_by(Convention.company_id)
        .subquery()
    )
    stmt = (
        select(Company, internships.c.n, conventions.c.posts)
        .outerjoin(internships, internships.c.company_id == Company.id)
        .outerjoin(conventions, conventions.c.company_id == Company.id)
        .order_by(Company.name, Company.id)
        .limit(limit)
        .offset(offset)
    )
    if text.strip():
        stmt = stmt.where(Company.name.ilike(f"%{text.strip()}%"))
    with db.transaction(write=False) as session:
        return [
            CompanyRow(
                id=c.id,
                name=c.name,
                vat_number=c.vat_number,
                ateco_code=c.ateco_code,
                municipality=c.municipality,
                headcount=c.headcount,
                internships=int(n or 0),
                open_positions_l68=(
                    uncovered_posts(c.headcount, c.disabled_employed, int(posts or 0))
                    if c.headcount is not None
                    else None
                ),
            )
            for c, n, posts in session.execute(stmt)
        ]
