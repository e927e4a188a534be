"""Users, groups, permissions, login records (django-axes) and many-to-many links in the admin's language.

Django stores a permission's name in English when it migrates ("Can add park"), and django-axes names its records
and its app in English whatever the language; here they are named in the active language instead, without
rewriting a row. django-axes' field and model names are English source strings, translated to Chinese by
locale/zh_Hans/LC_MESSAGES/django.po.
"""
