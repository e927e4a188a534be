"""Spreadsheet import/export of projects, funds and facts (see parks/resources.py for the shared rules)."""
from __future__ import annotations

from import_export import fields, widgets

from parks.models import Company, Park
from curation.names import join_list
from curation.resources import AmountColumn, EditorResource, IdsWidget, IdWidget, ListWidget
from curation.validation import FACT_KEY
from projects.models import Fact, Fund, Project


class ProjectResource(EditorResource):
    aliases = fields.Field(attribute="aliases", column_name="aliases", widget=ListWidget())
    park = fields.Field(attribute="park", column_name="park_id", widget=IdWidget(Park))
    park_name = fields.Field(attribute="park__name", column_name="park_name", readonly=True)
    companies = fields.Field(attribute="companies", column_name="companies",
                             widget=IdsWidget(Company))
    investment = AmountColumn(prefix="investment", column_name="investment", amount_column="investment_amount",
                              cny_column="investment_cny", currency_column="investment_currency",
                              qualifier_column="investment_qualifier", text_column="investment_text")
    company_names = fields.Field(column_name="company_names", readonly=True)  # the ids' names, for reading
    investment_cny = fields.Field(attribute="investment_cny", column_name="investment_cny", readonly=True,
                                  widget=widgets.DecimalWidget())  # a number in XLSX, not text

    class Meta(EditorResource.Meta):
        model = Project
        fields = ("id", "name", "aliases", "park", "park_name", "companies", "company_names", "investment",
                  "investment_cny", "phase", "status", "review_status")
        export_order = fields

    def dehydrate_company_names(self, project):
        return join_list(c.name for c in project.companies.all())


class FundResource(EditorResource):
    aliases = fields.Field(attribute="aliases", column_name="aliases", widget=ListWidget())
    park = fields.Field(attribute="park", column_name="park_id", widget=IdWidget(Park))
    park_name = fields.Field(attribute="park__name", column_name="park_name", readonly=True)
    size = AmountColumn(prefix="size", column_name="size", amount_column="size_cny",
                        qualifier_column="size_qualifier", text_column="size_text")
    paid_in = AmountColumn(prefix="paid_in", column_name="paid_in", amount_column="paid_in_cny",
                           text_column="paid_in_text")
    invested = AmountColumn(prefix="invested", column_name="invested", amount_column="invested_cny",
                            text_column="invested_text")

    # the amounts in yuan as numbers too (XLSX keeps them numeric), for adding up; read-only like investment_cny
    size_cny = fields.Field(attribute="size_cny", column_name="size_cny", readonly=True, widget=widgets.DecimalWidget())
    paid_in_cny = fields.Field(attribute="paid_in_cny", column_name="paid_in_cny", readonly=True,
                               widget=widgets.DecimalWidget())
    invested_cny = fields.Field(attribute="invested_cny", column_name="invested_cny", readonly=True,
                                widget=widgets.DecimalWidget())

    class Meta(EditorResource.Meta):
        model = Fund
        fields = ("id", "name", "aliases", "park", "park_name", "size", "size_cny", "paid_in", "paid_in_cny",
                  "invested", "invested_cny", "review_status")
        export_order = fields


class FactResource(EditorResource):
    natural_key = FACT_KEY
    # whether a figure conflicts is worked out from the others (curation.conflicts), never typed
    has_conflict = fields.Field(attribute="has_conflict", column_name="has_conflict", readonly=True,
                                widget=widgets.BooleanWidget())

    class Meta(EditorResource.Meta):
        model = Fact
        fields = ("id", "subject_type", "subject_id", "subject_name", "metric", "value", "unit", "qualifier",
                  "value_text", "as_of", "as_of_text", "has_conflict", "review_status")
        export_order = fields

    def get_instance(self, instance_loader, row):
        """Facts are keyed by id when given (editing a value changes the natural key), else by natural key."""
        if self.cell(row, "id") not in (None, ""):
            return super().get_instance(instance_loader, row)
        lookup = {k: self.cell(row, k) or "" for k in self.natural_key}
        return Fact.objects.filter(**lookup).first() if all(lookup[k] != "" for k in self.natural_key[:5]) else None
