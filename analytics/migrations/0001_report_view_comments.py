"""Document the seven contract views of DESIGN.md: COMMENT ON VIEW and on every column, so `\\d+` explains them.

The texts are frozen here (a migration must not import code that changes later); the data dictionary
(`manage.py data_dictionary`) is generated from these comments.
"""
from django.db import migrations

from analytics.dbcomments import comment_sql

REJECTED = "Rejected records are left out."

VIEW_COMMENTS = {
    "report_articles": (
        "One row per loaded article (distinct normalised text). Editions of one story are separate rows "
        "linked by duplicate_of_id; count stories with count(DISTINCT coalesce(duplicate_of_id, article_id)).",
        {
            "article_id": "Article id (loaders_sourcearticle.id); article_id in the other report views points here.",
            "file_name": "Base name of the file the article was first loaded under, e.g. 000_6e0cfa05402543f3.txt.",
            "sha256": "SHA-256 (64 hex digits) of the normalised text: the article's identity; a renamed copy has the same value.",
            "title": "Headline as found in the text; NULL when none was found.",
            "outlet": "Publishing outlet (媒体), e.g. 青岛日报; NULL when not stated.",
            "published_on": "Publication date, stated in the text or inferred from it (loaders_sourcearticle.date_basis "
                            "says how); NULL when unknown.",
            "char_count": "Characters in the normalised text (integer).",
            "duplicate_of_id": "article_id of the earlier-loaded edition of the same story (40% or more of the shorter "
                               "article's sentences near-verbatim in the other); NULL for an original.",
        },
    ),
    "report_parks": (
        "One row per industrial park (产业园, 高新区, 开发区 ...). " + REJECTED,
        {
            "park_id": "Park id (parks_park.id).",
            "name": "Park name as editors want it shown (Chinese).",
            "aliases": "Other names of the park (variants, names merged into it); text[], never NULL (empty array).",
            "city": "City without 市, e.g. 青岛; NULL when unknown. With the normalised name, the park's natural key.",
            "district": "District or host area (区县); NULL when unknown.",
            "kind": "Kind of park in Chinese as the articles call it (高新区, 经济技术开发区, 新兴产业专业园区, 产业园 ...); "
                    "free text, not a code; NULL when unknown.",
            "parent_park_id": "park_id of the park this one lies in (东江科技园 in 仲恺高新区); NULL for a top-level park.",
            "review_status": "Editorial state: unreviewed or verified (rejected rows are not in this view).",
            "article_count": "Number of distinct articles with evidence for the park. Editions of one story "
                             "(duplicate_of_id) are counted separately here; bigint.",
        },
    ),
    "report_companies": (
        "One row per company or institution named in articles. " + REJECTED,
        {
            "company_id": "Company id (parks_company.id).",
            "name": "Full name, e.g. 青岛中微创芯电子有限公司.",
            "aliases": "Other names, e.g. the 简称 the article ties to the full name; text[], never NULL (empty array).",
            "kind": "Code: enterprise, university, research, government or other.",
            "park_names": "Names of the (non-rejected) parks the company is in, sorted; text[], never NULL (empty array).",
            "review_status": "Editorial state: unreviewed or verified (rejected rows are not in this view).",
            "article_count": "Number of distinct articles with evidence for the company; editions of one story "
                             "are counted separately; bigint.",
        },
    ),
    "report_projects": (
        "One row per named investment project, with its park, companies, investment, phase and status. " + REJECTED,
        {
            "project_id": "Project id (projects_project.id).",
            "name": "Project name (Chinese), usually ending in 项目.",
            "aliases": "Other names of the project; text[], never NULL (empty array).",
            "park_id": "park_id of the project's park in report_parks; NULL when unknown or the park was rejected.",
            "park_name": "Name of that park; NULL when park_id is NULL.",
            "company_names": "Names of the (non-rejected) companies behind the project, sorted; text[], never NULL.",
            "investment_cny": "Total investment in yuan (元, numeric, 万/亿 applied: 总投资6亿元 = 600000000). "
                              "NULL when unknown or when the figure is in another currency (see investment_currency).",
            "investment_currency": "Currency code of the investment as written: cny, usd ...; never converted. "
                                   "NULL when no investment is known.",
            "investment_qualifier": "Qualifier written with the amount: 约, 超, 余, 近, 突破, 以上, 多 ...; "
                                    "NULL when the amount is exact.",
            "investment_text": "The investment figure verbatim, e.g. 总投资6亿元 or 3.3亿美元; NULL when none.",
            "phase": "Phase as written: 一期, 二期, 首期 ...; NULL when not stated.",
            "status": "Code of the project's stage: 签约 (signed), 开工 (started), 在建 (under construction), "
                      "投产 (in production), 竣工 (completed) or planned; NULL when not stated.",
            "review_status": "Editorial state: unreviewed or verified (rejected rows are not in this view).",
            "article_count": "Number of distinct articles with evidence for the project; editions of one story "
                             "are counted separately; bigint.",
        },
    ),
    "report_funds": (
        "One row per fund (基金) named in articles, with size, paid-in and invested amounts in yuan. " + REJECTED,
        {
            "fund_id": "Fund id (projects_fund.id).",
            "name": "Fund name (Chinese).",
            "aliases": "Other names of the fund; text[], never NULL (empty array).",
            "park_id": "park_id of the park the fund serves; NULL when unknown or the park was rejected.",
            "park_name": "Name of that park; NULL when park_id is NULL.",
            "size_cny": "Fund size (规模) in yuan, numeric; NULL when unknown.",
            "paid_in_cny": "Paid-in capital (实缴) in yuan, numeric; NULL when unknown.",
            "invested_cny": "Amount already invested (已投资) in yuan, numeric; NULL when unknown.",
            "review_status": "Editorial state: unreviewed or verified (rejected rows are not in this view).",
            "article_count": "Number of distinct articles with evidence for the fund; editions of one story "
                             "are counted separately; bigint.",
        },
    ),
    "report_facts": (
        "One row per fact: a number reported about a park, park group, company, project or fund. "
        "A figure found in several articles (editions included) is one fact; its first source is article_id, "
        "all sources are in report_evidence (entity_type = 'fact'). " + REJECTED,
        {
            "fact_id": "Fact id (projects_fact.id); entity_id of its rows in report_evidence.",
            "subject_type": "Code of what the number is about: park, park_group, company, project or fund.",
            "subject_id": "Id of the subject in its view (park_id, company_id, project_id, fund_id) or park group id.",
            "subject_name": "Current name of the subject (or its name when the fact was last resolved).",
            "metric": "Metric code from the vocabulary: planned_investment_cny, annual_revenue_cny, output_value_cny, "
                      "annual_tax_cny, enterprises, projects_signed, projects_under_construction, parks_count, "
                      "employees, patents, area_mu, floor_area_m2, fund_count, fund_size_cny, fund_paid_in_cny, "
                      "fund_invested_cny, growth_ratio ...",
            "value": "The number in the base unit of unit, numeric: yuan for cny (万/亿 applied), 亩 for mu, "
                     "square metres for m2, a ratio for ratio (12.17% = 0.1217).",
            "unit": "Unit code: cny (yuan), usd (dollars, never converted), mu (亩), m2, count, ratio ...",
            "qualifier": "Qualifier written with the figure: 约, 超, 余, 近, 突破, 以上, 多 ...; NULL when exact.",
            "value_text": "The figure verbatim, e.g. 约30亿元; NULL when not kept.",
            "as_of": "Date the figure refers to, when it could be read as a date; NULL otherwise.",
            "as_of_text": "Period as written, e.g. 截至2024年3月底 or 2023年; NULL when the article gives none.",
            "has_conflict": "true when another fact gives a different value for the same subject and metric "
                            "(see report_conflicts).",
            "review_status": "Editorial state: unreviewed or verified (rejected rows are not in this view).",
            "article_id": "article_id of the first article that reported the figure (report_articles).",
            "article_file": "file_name of that article.",
            "quote": "The sentence of that article the figure comes from, verbatim; NULL when no evidence row exists.",
        },
    ),
    "report_evidence": (
        "One row per source of a value: which article and sentence supports which field of which record. "
        "Every source of every record, facts included; the only view that keeps rows of rejected records "
        "(join to the other views to drop them).",
        {
            "entity_type": "Code of the record type: park, park_group, company, project, fund or fact.",
            "entity_id": "Id of the record (park_id, company_id, project_id, fund_id, fact_id or park group id).",
            "field": "Which field of the record the quote supports, e.g. name, investment_cny, value.",
            "article_id": "article_id of the article the quote is from (report_articles).",
            "article_file": "file_name of that article.",
            "start_offset": "Start (character offset, 0-based) of the quoted sentence in the article's normalised text.",
            "end_offset": "End (exclusive) of the quoted sentence.",
            "quote": "The sentence, verbatim.",
        },
    ),
}


class Migration(migrations.Migration):
    dependencies = [("loaders", "0002_report_views")]

    operations = [
        migrations.RunSQL(sql=comment_sql(VIEW_COMMENTS), reverse_sql=comment_sql(VIEW_COMMENTS, clear=True)),
    ]
