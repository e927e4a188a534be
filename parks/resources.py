"""Spreadsheet import/export of parks, park groups and companies (the shared rules are curation.resources)."""
from __future__ import annotations

from import_export import fields

from curation.names import join_list
from curation.resources import EditorResource, IdsWidget, IdWidget, ListWidget
from parks.models import Company, Park, ParkGroup


def _aliases():
    return fields.Field(attribute="aliases", column_name="aliases", widget=ListWidget())


class ParkResource(EditorResource):
    natural_key = ("name", "city")
    aliases = _aliases()
    parent = fields.Field(attribute="parent", column_name="parent_id", widget=IdWidget(Park))
    parent_name = fields.Field(attribute="parent__name", column_name="parent_name", readonly=True)

    class Meta(EditorResource.Meta):
        model = Park
        fields = ("id", "name", "aliases", "kind", "city", "district", "parent", "parent_name", "area_mu",
                  "review_status")
        export_order = fields


class ParkGroupResource(EditorResource):
    aliases = _aliases()
    members = fields.Field(attribute="members", column_name="members",
                           widget=IdsWidget(Park))
    member_names = fields.Field(column_name="member_names", readonly=True)  # the ids' names, for reading

    class Meta(EditorResource.Meta):
        model = ParkGroup
        fields = ("id", "name", "aliases", "city", "members", "member_names", "review_status")
        export_order = fields

    def dehydrate_member_names(self, group):
        return join_list(p.name for p in group.members.all())


class CompanyResource(EditorResource):
    aliases = _aliases()
    parks = fields.Field(attribute="parks", column_name="parks", widget=IdsWidget(Park))
    park_names = fields.Field(column_name="park_names", readonly=True)  # the ids' names, for reading

    class Meta(EditorResource.Meta):
        model = Company
        fields = ("id", "name", "aliases", "kind", "parks", "park_names", "review_status")
        export_order = fields

    def dehydrate_park_names(self, company):
        return join_list(p.name for p in company.parks.all())
