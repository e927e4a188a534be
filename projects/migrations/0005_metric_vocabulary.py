"""The metric vocabulary in the database (projects_metric), and facts renamed to its currency-free codes.

The rows are frozen here, copied from loaders/extract/tables/metrics.py as it stood: a migration must not read
code that changes later. A code added to that table later comes with a migration of its own that inserts
it (tests/test_metrics.py fails until it does). Facts stored with an old code (annual_revenue_cny ...)
take the new one; a fact whose renamed twin already exists gives it its evidence and goes.
"""
from django.db import migrations

METRICS = [
    ('planned_investment', '计划总投资', 'planned investment', 'money', 'reported', "Total investment planned or signed for a park's projects (总投资, 签约额, 合同额)."),
    ('planned_investment_target', '计划总投资(目标)', 'planned investment (target)', 'money', 'target', "A goal, not an achieved figure (争取, 力争, 目标, 到…年): Total investment planned or signed for a park's projects (总投资, 签约额, 合同额)."),
    ('planned_investment_cumulative', '计划总投资(累计)', 'planned investment (cumulative)', 'money', 'cumulative', "A total over several periods (累计, N年来): Total investment planned or signed for a park's projects (总投资, 签约额, 合同额)."),
    ('annual_revenue', '营业收入', 'revenue', 'money', 'reported', 'Revenue or sales in a year (营收, 营业收入, 销售额).'),
    ('annual_revenue_target', '营业收入(目标)', 'revenue (target)', 'money', 'target', 'A goal, not an achieved figure (争取, 力争, 目标, 到…年): Revenue or sales in a year (营收, 营业收入, 销售额).'),
    ('annual_revenue_cumulative', '营业收入(累计)', 'revenue (cumulative)', 'money', 'cumulative', 'A total over several periods (累计, N年来): Revenue or sales in a year (营收, 营业收入, 销售额).'),
    ('output_value', '产值', 'output value', 'money', 'reported', 'Output value (产值, 工业总产值).'),
    ('output_value_target', '产值(目标)', 'output value (target)', 'money', 'target', 'A goal, not an achieved figure (争取, 力争, 目标, 到…年): Output value (产值, 工业总产值).'),
    ('output_value_cumulative', '产值(累计)', 'output value (cumulative)', 'money', 'cumulative', 'A total over several periods (累计, N年来): Output value (产值, 工业总产值).'),
    ('annual_tax', '税收', 'tax paid', 'money', 'reported', 'Tax paid or generated (税收, 创税, 纳税).'),
    ('annual_tax_target', '税收(目标)', 'tax paid (target)', 'money', 'target', 'A goal, not an achieved figure (争取, 力争, 目标, 到…年): Tax paid or generated (税收, 创税, 纳税).'),
    ('annual_tax_cumulative', '税收(累计)', 'tax paid (cumulative)', 'money', 'cumulative', 'A total over several periods (累计, N年来): Tax paid or generated (税收, 创税, 纳税).'),
    ('industry_scale', '产业规模', 'industry scale', 'money', 'reported', 'Size of an industry (产业规模).'),
    ('industry_scale_target', '产业规模(目标)', 'industry scale (target)', 'money', 'target', 'A goal, not an achieved figure (争取, 力争, 目标, 到…年): Size of an industry (产业规模).'),
    ('industry_scale_cumulative', '产业规模(累计)', 'industry scale (cumulative)', 'money', 'cumulative', 'A total over several periods (累计, N年来): Size of an industry (产业规模).'),
    ('net_profit', '净利润', 'net profit', 'money', 'reported', 'Net profit (净利润).'),
    ('net_profit_target', '净利润(目标)', 'net profit (target)', 'money', 'target', 'A goal, not an achieved figure (争取, 力争, 目标, 到…年): Net profit (净利润).'),
    ('net_profit_cumulative', '净利润(累计)', 'net profit (cumulative)', 'money', 'cumulative', 'A total over several periods (累计, N年来): Net profit (净利润).'),
    ('import_export', '进出口额', 'imports and exports', 'money', 'reported', 'Foreign trade volume (进出口, 外贸进出口).'),
    ('import_export_target', '进出口额(目标)', 'imports and exports (target)', 'money', 'target', 'A goal, not an achieved figure (争取, 力争, 目标, 到…年): Foreign trade volume (进出口, 外贸进出口).'),
    ('import_export_cumulative', '进出口额(累计)', 'imports and exports (cumulative)', 'money', 'cumulative', 'A total over several periods (累计, N年来): Foreign trade volume (进出口, 外贸进出口).'),
    ('gdp', '地区生产总值', 'GDP', 'money', 'reported', 'Gross domestic product of an area (地区生产总值, GDP).'),
    ('gdp_target', '地区生产总值(目标)', 'GDP (target)', 'money', 'target', 'A goal, not an achieved figure (争取, 力争, 目标, 到…年): Gross domestic product of an area (地区生产总值, GDP).'),
    ('gdp_cumulative', '地区生产总值(累计)', 'GDP (cumulative)', 'money', 'cumulative', 'A total over several periods (累计, N年来): Gross domestic product of an area (地区生产总值, GDP).'),
    ('fixed_asset_investment', '固定资产投资', 'fixed-asset investment', 'money', 'reported', 'Fixed-asset investment completed (固定资产投资).'),
    ('fixed_asset_investment_target', '固定资产投资(目标)', 'fixed-asset investment (target)', 'money', 'target', 'A goal, not an achieved figure (争取, 力争, 目标, 到…年): Fixed-asset investment completed (固定资产投资).'),
    ('fixed_asset_investment_cumulative', '固定资产投资(累计)', 'fixed-asset investment (cumulative)', 'money', 'cumulative', 'A total over several periods (累计, N年来): Fixed-asset investment completed (固定资产投资).'),
    ('fdi_used', '实际利用外资', 'foreign investment used', 'money', 'reported', 'Foreign investment actually used (实际利用外资, 外资到位).'),
    ('fdi_used_target', '实际利用外资(目标)', 'foreign investment used (target)', 'money', 'target', 'A goal, not an achieved figure (争取, 力争, 目标, 到…年): Foreign investment actually used (实际利用外资, 外资到位).'),
    ('fdi_used_cumulative', '实际利用外资(累计)', 'foreign investment used (cumulative)', 'money', 'cumulative', 'A total over several periods (累计, N年来): Foreign investment actually used (实际利用外资, 外资到位).'),
    ('fund_size', '基金规模', 'fund size', 'money', 'reported', 'Total size of the funds named (基金总规模).'),
    ('fund_size_target', '基金规模(目标)', 'fund size (target)', 'money', 'target', 'A goal, not an achieved figure (争取, 力争, 目标, 到…年): Total size of the funds named (基金总规模).'),
    ('fund_size_cumulative', '基金规模(累计)', 'fund size (cumulative)', 'money', 'cumulative', 'A total over several periods (累计, N年来): Total size of the funds named (基金总规模).'),
    ('fund_paid_in', '基金实缴', 'fund paid-in capital', 'money', 'reported', 'Paid-in capital of funds (实缴).'),
    ('fund_paid_in_target', '基金实缴(目标)', 'fund paid-in capital (target)', 'money', 'target', 'A goal, not an achieved figure (争取, 力争, 目标, 到…年): Paid-in capital of funds (实缴).'),
    ('fund_paid_in_cumulative', '基金实缴(累计)', 'fund paid-in capital (cumulative)', 'money', 'cumulative', 'A total over several periods (累计, N年来): Paid-in capital of funds (实缴).'),
    ('fund_invested', '基金已投资', 'fund investment made', 'money', 'reported', 'Amount funds have invested (对外投资).'),
    ('fund_invested_target', '基金已投资(目标)', 'fund investment made (target)', 'money', 'target', 'A goal, not an achieved figure (争取, 力争, 目标, 到…年): Amount funds have invested (对外投资).'),
    ('fund_invested_cumulative', '基金已投资(累计)', 'fund investment made (cumulative)', 'money', 'cumulative', 'A total over several periods (累计, N年来): Amount funds have invested (对外投资).'),
    ('enterprises', '企业数', 'enterprises', 'count', 'reported', 'Enterprises settled or gathered (入驻, 集聚, 落户), 家.'),
    ('enterprises_target', '企业数(目标)', 'enterprises (target)', 'count', 'target', 'A goal, not an achieved figure (争取, 力争, 目标, 到…年): Enterprises settled or gathered (入驻, 集聚, 落户), 家.'),
    ('enterprises_cumulative', '企业数(累计)', 'enterprises (cumulative)', 'count', 'cumulative', 'A total over several periods (累计, N年来): Enterprises settled or gathered (入驻, 集聚, 落户), 家.'),
    ('high_tech_enterprises', '高新技术企业数', 'high-tech enterprises', 'count', 'reported', 'High-tech enterprises (高新技术企业).'),
    ('high_tech_enterprises_target', '高新技术企业数(目标)', 'high-tech enterprises (target)', 'count', 'target', 'A goal, not an achieved figure (争取, 力争, 目标, 到…年): High-tech enterprises (高新技术企业).'),
    ('high_tech_enterprises_cumulative', '高新技术企业数(累计)', 'high-tech enterprises (cumulative)', 'count', 'cumulative', 'A total over several periods (累计, N年来): High-tech enterprises (高新技术企业).'),
    ('specialised_enterprises', '专精特新企业数', 'specialised SMEs', 'count', 'reported', '专精特新 (specialised, refined, distinctive, innovative) enterprises, 小巨人 included.'),
    ('specialised_enterprises_target', '专精特新企业数(目标)', 'specialised SMEs (target)', 'count', 'target', 'A goal, not an achieved figure (争取, 力争, 目标, 到…年): 专精特新 (specialised, refined, distinctive, innovative) enterprises, 小巨人 included.'),
    ('specialised_enterprises_cumulative', '专精特新企业数(累计)', 'specialised SMEs (cumulative)', 'count', 'cumulative', 'A total over several periods (累计, N年来): 专精特新 (specialised, refined, distinctive, innovative) enterprises, 小巨人 included.'),
    ('listed_companies', '上市企业数', 'listed companies', 'count', 'reported', 'Listed companies (上市企业, 上市公司).'),
    ('listed_companies_target', '上市企业数(目标)', 'listed companies (target)', 'count', 'target', 'A goal, not an achieved figure (争取, 力争, 目标, 到…年): Listed companies (上市企业, 上市公司).'),
    ('listed_companies_cumulative', '上市企业数(累计)', 'listed companies (cumulative)', 'count', 'cumulative', 'A total over several periods (累计, N年来): Listed companies (上市企业, 上市公司).'),
    ('projects', '项目数', 'projects', 'count', 'reported', 'Projects, stage not stated (项目, 个).'),
    ('projects_target', '项目数(目标)', 'projects (target)', 'count', 'target', 'A goal, not an achieved figure (争取, 力争, 目标, 到…年): Projects, stage not stated (项目, 个).'),
    ('projects_cumulative', '项目数(累计)', 'projects (cumulative)', 'count', 'cumulative', 'A total over several periods (累计, N年来): Projects, stage not stated (项目, 个).'),
    ('projects_signed', '签约项目数', 'projects signed', 'count', 'reported', 'Projects signed (签约).'),
    ('projects_signed_target', '签约项目数(目标)', 'projects signed (target)', 'count', 'target', 'A goal, not an achieved figure (争取, 力争, 目标, 到…年): Projects signed (签约).'),
    ('projects_signed_cumulative', '签约项目数(累计)', 'projects signed (cumulative)', 'count', 'cumulative', 'A total over several periods (累计, N年来): Projects signed (签约).'),
    ('projects_started', '开工项目数', 'projects started', 'count', 'reported', 'Projects whose construction started (开工, 动工).'),
    ('projects_started_target', '开工项目数(目标)', 'projects started (target)', 'count', 'target', 'A goal, not an achieved figure (争取, 力争, 目标, 到…年): Projects whose construction started (开工, 动工).'),
    ('projects_started_cumulative', '开工项目数(累计)', 'projects started (cumulative)', 'count', 'cumulative', 'A total over several periods (累计, N年来): Projects whose construction started (开工, 动工).'),
    ('projects_under_construction', '在建项目数', 'projects under construction', 'count', 'reported', 'Projects under construction (在建).'),
    ('projects_under_construction_target', '在建项目数(目标)', 'projects under construction (target)', 'count', 'target', 'A goal, not an achieved figure (争取, 力争, 目标, 到…年): Projects under construction (在建).'),
    ('projects_under_construction_cumulative', '在建项目数(累计)', 'projects under construction (cumulative)', 'count', 'cumulative', 'A total over several periods (累计, N年来): Projects under construction (在建).'),
    ('projects_landed', '落地项目数', 'projects landed', 'count', 'reported', 'Projects brought in (引进, 落户, 落地).'),
    ('projects_landed_target', '落地项目数(目标)', 'projects landed (target)', 'count', 'target', 'A goal, not an achieved figure (争取, 力争, 目标, 到…年): Projects brought in (引进, 落户, 落地).'),
    ('projects_landed_cumulative', '落地项目数(累计)', 'projects landed (cumulative)', 'count', 'cumulative', 'A total over several periods (累计, N年来): Projects brought in (引进, 落户, 落地).'),
    ('projects_negotiating', '在谈项目数', 'projects in negotiation', 'count', 'reported', 'Projects in negotiation (洽谈, 在谈).'),
    ('projects_negotiating_target', '在谈项目数(目标)', 'projects in negotiation (target)', 'count', 'target', 'A goal, not an achieved figure (争取, 力争, 目标, 到…年): Projects in negotiation (洽谈, 在谈).'),
    ('projects_negotiating_cumulative', '在谈项目数(累计)', 'projects in negotiation (cumulative)', 'count', 'cumulative', 'A total over several periods (累计, N年来): Projects in negotiation (洽谈, 在谈).'),
    ('parks_count', '园区数', 'parks', 'count', 'reported', 'Parks, zones or bases (园区, 个).'),
    ('parks_count_target', '园区数(目标)', 'parks (target)', 'count', 'target', 'A goal, not an achieved figure (争取, 力争, 目标, 到…年): Parks, zones or bases (园区, 个).'),
    ('parks_count_cumulative', '园区数(累计)', 'parks (cumulative)', 'count', 'cumulative', 'A total over several periods (累计, N年来): Parks, zones or bases (园区, 个).'),
    ('employees', '从业人员', 'employees', 'count', 'reported', 'People employed (从业人员, 就业), 人.'),
    ('employees_target', '从业人员(目标)', 'employees (target)', 'count', 'target', 'A goal, not an achieved figure (争取, 力争, 目标, 到…年): People employed (从业人员, 就业), 人.'),
    ('employees_cumulative', '从业人员(累计)', 'employees (cumulative)', 'count', 'cumulative', 'A total over several periods (累计, N年来): People employed (从业人员, 就业), 人.'),
    ('patents', '专利数', 'patents', 'count', 'reported', 'Patents (专利, 项/件).'),
    ('patents_target', '专利数(目标)', 'patents (target)', 'count', 'target', 'A goal, not an achieved figure (争取, 力争, 目标, 到…年): Patents (专利, 项/件).'),
    ('patents_cumulative', '专利数(累计)', 'patents (cumulative)', 'count', 'cumulative', 'A total over several periods (累计, N年来): Patents (专利, 项/件).'),
    ('fund_count', '基金数', 'funds', 'count', 'reported', 'Funds (基金, 支/只/个).'),
    ('fund_count_target', '基金数(目标)', 'funds (target)', 'count', 'target', 'A goal, not an achieved figure (争取, 力争, 目标, 到…年): Funds (基金, 支/只/个).'),
    ('fund_count_cumulative', '基金数(累计)', 'funds (cumulative)', 'count', 'cumulative', 'A total over several periods (累计, N年来): Funds (基金, 支/只/个).'),
    ('incubators', '孵化载体数', 'incubators', 'count', 'reported', 'Incubators, maker spaces and accelerators (孵化器, 众创空间, 加速器).'),
    ('incubators_target', '孵化载体数(目标)', 'incubators (target)', 'count', 'target', 'A goal, not an achieved figure (争取, 力争, 目标, 到…年): Incubators, maker spaces and accelerators (孵化器, 众创空间, 加速器).'),
    ('incubators_cumulative', '孵化载体数(累计)', 'incubators (cumulative)', 'count', 'cumulative', 'A total over several periods (累计, N年来): Incubators, maker spaces and accelerators (孵化器, 众创空间, 加速器).'),
    ('platforms', '平台数', 'platforms', 'count', 'reported', 'Innovation or service platforms (平台).'),
    ('platforms_target', '平台数(目标)', 'platforms (target)', 'count', 'target', 'A goal, not an achieved figure (争取, 力争, 目标, 到…年): Innovation or service platforms (平台).'),
    ('platforms_cumulative', '平台数(累计)', 'platforms (cumulative)', 'count', 'cumulative', 'A total over several periods (累计, N年来): Innovation or service platforms (平台).'),
    ('research_institutions', '研发机构数', 'research institutions', 'count', 'reported', 'Research institutes, R&D centres and laboratories (研究院, 研发机构, 实验室, 创新中心).'),
    ('research_institutions_target', '研发机构数(目标)', 'research institutions (target)', 'count', 'target', 'A goal, not an achieved figure (争取, 力争, 目标, 到…年): Research institutes, R&D centres and laboratories (研究院, 研发机构, 实验室, 创新中心).'),
    ('research_institutions_cumulative', '研发机构数(累计)', 'research institutions (cumulative)', 'count', 'cumulative', 'A total over several periods (累计, N年来): Research institutes, R&D centres and laboratories (研究院, 研发机构, 实验室, 创新中心).'),
    ('universities', '高校数', 'universities', 'count', 'reported', 'Universities and colleges (高校, 大学).'),
    ('universities_target', '高校数(目标)', 'universities (target)', 'count', 'target', 'A goal, not an achieved figure (争取, 力争, 目标, 到…年): Universities and colleges (高校, 大学).'),
    ('universities_cumulative', '高校数(累计)', 'universities (cumulative)', 'count', 'cumulative', 'A total over several periods (累计, N年来): Universities and colleges (高校, 大学).'),
    ('organizations', '单位数', 'organisations', 'count', 'reported', 'Partner or resident organisations (单位).'),
    ('organizations_target', '单位数(目标)', 'organisations (target)', 'count', 'target', 'A goal, not an achieved figure (争取, 力争, 目标, 到…年): Partner or resident organisations (单位).'),
    ('organizations_cumulative', '单位数(累计)', 'organisations (cumulative)', 'count', 'cumulative', 'A total over several periods (累计, N年来): Partner or resident organisations (单位).'),
    ('infrastructure_units', '基础设施数', 'infrastructure units', 'count', 'reported', 'Base stations, charging points, racks (基站, 充电终端, 机架).'),
    ('infrastructure_units_target', '基础设施数(目标)', 'infrastructure units (target)', 'count', 'target', 'A goal, not an achieved figure (争取, 力争, 目标, 到…年): Base stations, charging points, racks (基站, 充电终端, 机架).'),
    ('infrastructure_units_cumulative', '基础设施数(累计)', 'infrastructure units (cumulative)', 'count', 'cumulative', 'A total over several periods (累计, N年来): Base stations, charging points, racks (基站, 充电终端, 机架).'),
    ('area_mu', '占地面积(亩)', 'land area (mu)', 'mu', 'reported', 'Land area in mu (占地, 用地).'),
    ('area_m2', '面积(平方米)', 'area (m²)', 'm2', 'reported', 'Area in square metres.'),
    ('floor_area_m2', '建筑面积', 'floor area (m²)', 'm2', 'reported', 'Floor area in square metres (建筑面积, 厂房, 楼宇).'),
    ('area_km2', '面积(平方公里)', 'area (km²)', 'km2', 'reported', 'Area in square kilometres (规划面积).'),
    ('growth_ratio', '增长率', 'growth rate', 'ratio', 'ratio', 'Year-on-year growth as a ratio (同比增长12.5% = 0.125).'),
    ('rd_intensity_ratio', '研发投入强度', 'R&D intensity', 'ratio', 'ratio', 'R&D spending as a share of revenue or GDP (研发投入强度).'),
]

RENAMED = {
    "planned_investment_cny": "planned_investment",
    "annual_revenue_cny": "annual_revenue",
    "output_value_cny": "output_value",
    "annual_tax_cny": "annual_tax",
    "industry_scale_cny": "industry_scale",
    "fund_size_cny": "fund_size",
    "fund_paid_in_cny": "fund_paid_in",
    "fund_invested_cny": "fund_invested",
    "gdp_cny": "gdp",
    "fixed_asset_investment_cny": "fixed_asset_investment",
    "projects_planned": "projects_target",
}
KEY = ("subject_type", "subject_id", "unit", "value", "as_of_text")


def add_metrics(apps, schema_editor):
    Metric = apps.get_model("projects", "Metric")
    for code, label_zh, label_en, unit, kind, description in METRICS:
        Metric.objects.update_or_create(code=code, defaults={
            "label_zh": label_zh, "label_en": label_en, "unit": unit, "kind": kind, "description": description})


def remove_metrics(apps, schema_editor):
    apps.get_model("projects", "Metric").objects.filter(code__in=[row[0] for row in METRICS]).delete()


def rename(apps, mapping: dict[str, str]) -> None:
    Fact = apps.get_model("projects", "Fact")
    Evidence = apps.get_model("loaders", "Evidence")
    for old, new in mapping.items():
        for fact in Fact.objects.filter(metric=old):
            twin = Fact.objects.filter(metric=new, **{k: getattr(fact, k) for k in KEY}).first()
            if twin is None:
                Fact.objects.filter(pk=fact.pk).update(metric=new)
                continue
            for row in Evidence.objects.filter(entity_type="fact", entity_id=fact.pk):
                same = Evidence.objects.filter(entity_type="fact", entity_id=twin.pk, article_id=row.article_id,
                                               field=row.field, span_start=row.span_start, span_end=row.span_end)
                if same.exists():
                    row.delete()
                else:
                    Evidence.objects.filter(pk=row.pk).update(entity_id=twin.pk)
            fact.delete()


def forwards(apps, schema_editor):
    rename(apps, RENAMED)


def backwards(apps, schema_editor):
    rename(apps, {new: old for old, new in RENAMED.items()})


class Migration(migrations.Migration):
    dependencies = [("projects", "0004_fund_amounts"), ("loaders", "0004_sentence_count")]

    operations = [
        migrations.RunPython(add_metrics, remove_metrics),
        migrations.RunPython(forwards, backwards),
    ]
