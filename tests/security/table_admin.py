# ruff: noqa: E501  (the routes are as long as Django spells them)
"""The matrix for the Wagtail admin under /beheer/: Wagtail's own views and the portal's.

Whoever lacks admin access is sent to sign in (``admin()``); what follows is what the
page editor (pages only) and the coordinator (``cirkelinkoop.services``) get. The ids are
the world's objects; where Wagtail needs an object the portal never makes (a workflow
task state), the row asks for one that does not exist and says so.
"""

from tests.security.matrix import (
    ADMIN_DENIED,
    ADMIN_OK,
    COORDINATOR_ONLY,
    NOT_ALLOWED,
    NOT_FOUND,
    OK,
    Answer,
    admin,
    case,
    everyone,
    redirect,
    roles,
)


def admin_both(answer: Answer) -> dict:
    """The editor and the coordinator get the same answer."""
    return admin(editor=answer, coordinator=answer)


# Users, groups, sites, collections and workflows: a superuser's work, nobody's here.
SUPERUSER_ONLY = admin_both(ADMIN_DENIED)
# Answers only a POST (a button, a drag, a ping); a GET is refused by its method.
POST_ONLY = admin_both(NOT_ALLOWED)
# Wagtail's /failwhale/ raises on purpose, so an administrator can test error reporting.
DELIBERATE_ERROR = Answer(500, label="DELIBERATE_ERROR")

# Not found for the ones who may act, because the object named does not exist:
#   convert_alias (the page is no alias), workflow_action and collect_action_data and
#   workflow_history_detail (no workflow runs), block-preview (no block named),
#   a collection's delete (nobody here may delete collections: Wagtail finds none),
#   password_reset (Wagtail's reset is off: allauth's is the one),
#   the settings preview (settings have none),
#   the image URL generator (images are not served by URL: no wagtailimages_serve).
ADMIN_ROWS = {
    # admin_login_redirect
    "beheer/login/": case("/beheer/login/", everyone(redirect("/account/login/"))),
    # wagtailadmin_home
    "beheer/": case("/beheer/", ADMIN_OK),
    "beheer/test404/": case("/beheer/test404/", ADMIN_OK),
    # wagtailadmin_api:pages:listing
    "beheer/api/main/pages/": case("/beheer/api/main/pages/", ADMIN_OK),
    # wagtailadmin_api:pages:detail
    "beheer/api/main/pages/<int:pk>/": case("/beheer/api/main/pages/{about.id}/", ADMIN_OK),
    # wagtailadmin_api:pages:find
    "beheer/api/main/pages/find/": case(
        "/beheer/api/main/pages/find/?html_path=/over-de-coalitie/",
        admin_both(redirect("http://localhost/beheer/api/main/pages/{about.id}/?")),
    ),
    # wagtailadmin_api:pages:action
    "beheer/api/main/pages/<int:pk>/action/<str:action_name>/": case(
        "/beheer/api/main/pages/{about.id}/action/approve/", POST_ONLY
    ),
    # wagtailadmin_api:documents:listing
    "beheer/api/main/documents/": case("/beheer/api/main/documents/", ADMIN_OK),
    # wagtailadmin_api:documents:detail
    "beheer/api/main/documents/<int:pk>/": case(
        "/beheer/api/main/documents/{document.id}/", ADMIN_OK
    ),
    # wagtailadmin_api:documents:find
    "beheer/api/main/documents/find/": case(
        "/beheer/api/main/documents/find/?id={document.id}",
        admin_both(redirect("http://localhost/beheer/api/main/documents/{document.id}/?")),
    ),
    # wagtailadmin_api:images:listing
    "beheer/api/main/images/": case("/beheer/api/main/images/", ADMIN_OK),
    # wagtailadmin_api:images:detail
    "beheer/api/main/images/<int:pk>/": case("/beheer/api/main/images/{image.id}/", ADMIN_OK),
    # wagtailadmin_api:images:find
    "beheer/api/main/images/find/": case(
        "/beheer/api/main/images/find/?id={image.id}",
        admin_both(redirect("http://localhost/beheer/api/main/images/{image.id}/?")),
    ),
    # wagtailadmin_error_test
    "beheer/failwhale/": case("/beheer/failwhale/", admin_both(DELIBERATE_ERROR)),
    # wagtailadmin_explore_root
    "beheer/pages/": case("/beheer/pages/", admin_both(redirect("/beheer/pages/{home.id}/"))),
    # wagtailadmin_explore
    "beheer/pages/<int:parent_page_id>/": case("/beheer/pages/{home.id}/", ADMIN_OK),
    # wagtailadmin_explore_results
    "beheer/pages/<int:parent_page_id>/results/": case(
        "/beheer/pages/{home.id}/results/", ADMIN_OK
    ),
    # wagtail_bulk_action
    "beheer/bulk/<str:app_label>/<str:model_name>/<str:action>/": case(
        "/beheer/bulk/wagtailcore/page/delete/?id={about.id}", ADMIN_OK
    ),
    # wagtailadmin_pages:add
    "beheer/pages/add/<slug:content_type_app_name>/<slug:content_type_model_name>/<int:parent_page_id>/": case(
        "/beheer/pages/add/cirkelinkoop/standardpage/{home.id}/", ADMIN_OK
    ),
    # wagtailadmin_pages:preview_on_add
    "beheer/pages/add/<slug:content_type_app_name>/<slug:content_type_model_name>/<int:parent_page_id>/preview/": case(
        "/beheer/pages/add/cirkelinkoop/standardpage/{home.id}/preview/", ADMIN_OK
    ),
    # wagtailadmin_pages:type_use
    "beheer/pages/usage/<slug:content_type_app_name>/<slug:content_type_model_name>/": case(
        "/beheer/pages/usage/cirkelinkoop/standardpage/", ADMIN_OK
    ),
    # wagtailadmin_pages:choose_parent
    "beheer/pages/create/<slug:app_label>/<slug:model_name>": case(
        "/beheer/pages/create/cirkelinkoop/standardpage", ADMIN_OK
    ),
    # wagtailadmin_pages:type_use_results
    "beheer/pages/usage/<slug:content_type_app_name>/<slug:content_type_model_name>/results/": case(
        "/beheer/pages/usage/cirkelinkoop/standardpage/results/", ADMIN_OK
    ),
    # wagtailadmin_pages:usage
    "beheer/pages/<int:page_id>/usage/": case("/beheer/pages/{about.id}/usage/", ADMIN_OK),
    # wagtailadmin_pages:edit
    "beheer/pages/<int:page_id>/edit/": case("/beheer/pages/{about.id}/edit/", ADMIN_OK),
    # wagtailadmin_pages:preview_on_edit
    "beheer/pages/<int:page_id>/edit/preview/": case(
        "/beheer/pages/{about.id}/edit/preview/", ADMIN_OK
    ),
    # wagtailadmin_pages:view_draft
    "beheer/pages/<int:page_id>/view_draft/": case(
        "/beheer/pages/{about.id}/view_draft/", ADMIN_OK
    ),
    # wagtailadmin_pages:add_subpage
    "beheer/pages/<int:parent_page_id>/add_subpage/": case(
        "/beheer/pages/{home.id}/add_subpage/",
        admin_both(redirect("/beheer/pages/add/cirkelinkoop/standardpage/{home.id}/")),
    ),
    # wagtailadmin_pages:delete
    "beheer/pages/<int:page_id>/delete/": case(
        "/beheer/pages/{about.id}/delete/", ADMIN_OK, post=True
    ),
    # wagtailadmin_pages:unpublish
    "beheer/pages/<int:page_id>/unpublish/": case(
        "/beheer/pages/{about.id}/unpublish/", ADMIN_OK, post=True
    ),
    # wagtailadmin_pages:convert_alias
    "beheer/pages/<int:page_id>/convert_alias/": case(
        "/beheer/pages/{about.id}/convert_alias/", admin_both(NOT_FOUND)
    ),
    # wagtailadmin_pages:search
    "beheer/pages/search/": case("/beheer/pages/search/", ADMIN_OK),
    # wagtailadmin_pages:search_results
    "beheer/pages/search/results/": case("/beheer/pages/search/results/", ADMIN_OK),
    # wagtailadmin_pages:move
    "beheer/pages/<int:page_to_move_id>/move/": case("/beheer/pages/{about.id}/move/", ADMIN_OK),
    # wagtailadmin_pages:move_confirm
    "beheer/pages/<int:page_to_move_id>/move/<int:destination_id>/confirm/": case(
        "/beheer/pages/{about.id}/move/{home.id}/confirm/", ADMIN_OK
    ),
    # wagtailadmin_pages:set_page_position
    "beheer/pages/<int:page_to_move_id>/set_position/": case(
        "/beheer/pages/{about.id}/set_position/", POST_ONLY
    ),
    # wagtailadmin_pages:copy
    "beheer/pages/<int:page_id>/copy/": case("/beheer/pages/{about.id}/copy/", ADMIN_OK),
    # wagtailadmin_pages:workflow_action
    "beheer/pages/workflow/action/<int:page_id>/<slug:action_name>/<int:task_state_id>/": case(
        "/beheer/pages/workflow/action/{about.id}/approve/999999/", admin_both(NOT_FOUND)
    ),
    # wagtailadmin_pages:collect_workflow_action_data
    "beheer/pages/workflow/collect_action_data/<int:page_id>/<slug:action_name>/<int:task_state_id>/": case(
        "/beheer/pages/workflow/collect_action_data/{about.id}/approve/999999/",
        admin_both(NOT_FOUND),
    ),
    # wagtailadmin_pages:confirm_workflow_cancellation
    "beheer/pages/workflow/confirm_cancellation/<int:page_id>/": case(
        "/beheer/pages/workflow/confirm_cancellation/{about.id}/", ADMIN_OK
    ),
    # wagtailadmin_pages:workflow_preview
    "beheer/pages/workflow/preview/<int:page_id>/<int:task_id>/": case(
        "/beheer/pages/workflow/preview/{about.id}/{task.pk}/", SUPERUSER_ONLY
    ),
    # wagtailadmin_pages:set_privacy
    "beheer/pages/<int:page_id>/privacy/": case("/beheer/pages/{about.id}/privacy/", ADMIN_OK),
    # wagtailadmin_pages:lock
    "beheer/pages/<int:page_id>/lock/": case("/beheer/pages/{about.id}/lock/", POST_ONLY),
    # wagtailadmin_pages:unlock
    "beheer/pages/<int:page_id>/unlock/": case("/beheer/pages/{about.id}/unlock/", POST_ONLY),
    # wagtailadmin_pages:revisions_index
    "beheer/pages/<int:page_id>/revisions/": case(
        "/beheer/pages/{about.id}/revisions/",
        admin_both(redirect("/beheer/pages/{about.id}/history/")),
    ),
    # wagtailadmin_pages:revisions_view
    "beheer/pages/<int:page_id>/revisions/<int:revision_id>/view/": case(
        "/beheer/pages/{about.id}/revisions/{revision.id}/view/", ADMIN_OK
    ),
    # wagtailadmin_pages:revisions_revert
    "beheer/pages/<int:page_id>/revisions/<int:revision_id>/revert/": case(
        "/beheer/pages/{about.id}/revisions/{revision.id}/revert/", ADMIN_OK
    ),
    # wagtailadmin_pages:revisions_unschedule
    "beheer/pages/<int:page_id>/revisions/<int:revision_id>/unschedule/": case(
        "/beheer/pages/{about.id}/revisions/{revision.id}/unschedule/", ADMIN_OK
    ),
    # wagtailadmin_pages:revisions_compare
    "beheer/pages/(?P<pk>\\d+)/revisions/compare/(?P<revision_id_a>live|earliest|\\d+)\\.\\.\\.(?P<revision_id_b>live|latest|\\d+)/$": case(
        "/beheer/pages/{about.id}/revisions/compare/earliest...live/", ADMIN_OK
    ),
    # wagtailadmin_pages:workflow_history
    "beheer/pages/<int:page_id>/workflow_history/": case(
        "/beheer/pages/{about.id}/workflow_history/", ADMIN_OK
    ),
    # wagtailadmin_pages:workflow_history_detail
    "beheer/pages/<int:page_id>/workflow_history/detail/<int:workflow_state_id>/": case(
        "/beheer/pages/{about.id}/workflow_history/detail/999999/", admin_both(NOT_FOUND)
    ),
    # wagtailadmin_pages:history
    "beheer/pages/<int:page_id>/history/": case("/beheer/pages/{about.id}/history/", ADMIN_OK),
    # wagtailadmin_pages:history_results
    "beheer/pages/<int:page_id>/history/results/": case(
        "/beheer/pages/{about.id}/history/results/", ADMIN_OK
    ),
    # wagtailadmin_choose_page
    "beheer/choose-page/": case("/beheer/choose-page/", ADMIN_OK),
    # wagtailadmin_choose_page_child
    "beheer/choose-page/<int:parent_page_id>/": case("/beheer/choose-page/{home.id}/", ADMIN_OK),
    # wagtailadmin_choose_page_search
    "beheer/choose-page/search/": case("/beheer/choose-page/search/", ADMIN_OK),
    # wagtailadmin_choose_page_chosen_multiple
    "beheer/choose-page/chosen-multiple/": case("/beheer/choose-page/chosen-multiple/", ADMIN_OK),
    # wagtailadmin_choose_page_external_link
    "beheer/choose-external-link/": case("/beheer/choose-external-link/", ADMIN_OK),
    # wagtailadmin_choose_page_email_link
    "beheer/choose-email-link/": case("/beheer/choose-email-link/", ADMIN_OK),
    # wagtailadmin_choose_page_phone_link
    "beheer/choose-phone-link/": case("/beheer/choose-phone-link/", ADMIN_OK),
    # wagtailadmin_choose_page_anchor_link
    "beheer/choose-anchor-link/": case("/beheer/choose-anchor-link/", ADMIN_OK),
    # wagtailadmin_tag_autocomplete
    "beheer/tag-autocomplete/": case("/beheer/tag-autocomplete/", ADMIN_OK),
    # wagtailadmin_tag_model_autocomplete
    "beheer/tag-autocomplete/<slug:app_name>/<slug:model_name>/": case(
        "/beheer/tag-autocomplete/taggit/tag/", ADMIN_OK
    ),
    # wagtailadmin_collections:index
    "beheer/collections/": case("/beheer/collections/", SUPERUSER_ONLY),
    # wagtailadmin_collections:add
    "beheer/collections/add/": case("/beheer/collections/add/", SUPERUSER_ONLY),
    # wagtailadmin_collections:edit
    "beheer/collections/<int:pk>/": case("/beheer/collections/{collection.id}/", SUPERUSER_ONLY),
    # wagtailadmin_collections:delete
    "beheer/collections/<int:pk>/delete/": case(
        "/beheer/collections/{collection.id}/delete/", admin_both(NOT_FOUND)
    ),
    # wagtailadmin_collections:set_privacy
    "beheer/collections/<int:collection_id>/privacy/": case(
        "/beheer/collections/{collection.id}/privacy/", SUPERUSER_ONLY
    ),
    # wagtailadmin_workflows:index
    "beheer/workflows/list/": case("/beheer/workflows/list/", SUPERUSER_ONLY),
    # wagtailadmin_workflows:index_results
    "beheer/workflows/list/results/": case("/beheer/workflows/list/results/", SUPERUSER_ONLY),
    # wagtailadmin_workflows:add
    "beheer/workflows/add/": case("/beheer/workflows/add/", SUPERUSER_ONLY),
    # wagtailadmin_workflows:enable
    "beheer/workflows/enable/<int:pk>/": case("/beheer/workflows/enable/{workflow.pk}/", POST_ONLY),
    # wagtailadmin_workflows:disable
    "beheer/workflows/disable/<int:pk>/": case(
        "/beheer/workflows/disable/{workflow.pk}/", SUPERUSER_ONLY
    ),
    # wagtailadmin_workflows:edit
    "beheer/workflows/edit/<int:pk>/": case(
        "/beheer/workflows/edit/{workflow.pk}/", SUPERUSER_ONLY
    ),
    # wagtailadmin_workflows:usage
    "beheer/workflows/usage/<int:pk>/": case(
        "/beheer/workflows/usage/{workflow.pk}/", SUPERUSER_ONLY
    ),
    # wagtailadmin_workflows:usage_results
    "beheer/workflows/usage/<int:pk>/results/": case(
        "/beheer/workflows/usage/{workflow.pk}/results/", SUPERUSER_ONLY
    ),
    # wagtailadmin_workflows:remove
    "beheer/workflows/remove/<int:page_pk>/": case(
        "/beheer/workflows/remove/{about.id}/", POST_ONLY
    ),
    # wagtailadmin_workflows:remove
    "beheer/workflows/remove/<int:page_pk>/<int:workflow_pk>/": case(
        "/beheer/workflows/remove/{about.id}/{workflow.pk}/", POST_ONLY
    ),
    # wagtailadmin_workflows:add_task
    "beheer/workflows/tasks/add/<str:app_label>/<str:model_name>/": case(
        "/beheer/workflows/tasks/add/wagtailcore/groupapprovaltask/", SUPERUSER_ONLY
    ),
    # wagtailadmin_workflows:select_task_type
    "beheer/workflows/tasks/select_type/": case(
        "/beheer/workflows/tasks/select_type/", SUPERUSER_ONLY
    ),
    # wagtailadmin_workflows:task_index
    "beheer/workflows/tasks/index/": case("/beheer/workflows/tasks/index/", SUPERUSER_ONLY),
    # wagtailadmin_workflows:task_index_results
    "beheer/workflows/tasks/index/results/": case(
        "/beheer/workflows/tasks/index/results/", SUPERUSER_ONLY
    ),
    # wagtailadmin_workflows:edit_task
    "beheer/workflows/tasks/edit/<int:pk>/": case(
        "/beheer/workflows/tasks/edit/{task.pk}/", SUPERUSER_ONLY
    ),
    # wagtailadmin_workflows:disable_task
    "beheer/workflows/tasks/disable/<int:pk>/": case(
        "/beheer/workflows/tasks/disable/{task.pk}/", SUPERUSER_ONLY
    ),
    # wagtailadmin_workflows:enable_task
    "beheer/workflows/tasks/enable/<int:pk>/": case(
        "/beheer/workflows/tasks/enable/{task.pk}/", POST_ONLY
    ),
    # wagtailadmin_workflows:task_chooser
    "beheer/workflows/task_chooser/": case("/beheer/workflows/task_chooser/", ADMIN_OK),
    # wagtailadmin_workflows:task_chooser_results
    "beheer/workflows/task_chooser/results/": case(
        "/beheer/workflows/task_chooser/results/", ADMIN_OK
    ),
    # wagtailadmin_workflows:task_chooser_create
    "beheer/workflows/task_chooser/create/": case(
        "/beheer/workflows/task_chooser/create/", ADMIN_OK
    ),
    # wagtailadmin_workflows:task_chosen
    "beheer/workflows/task_chooser/<int:task_id>/": case(
        "/beheer/workflows/task_chooser/{task.pk}/", ADMIN_OK
    ),
    # wagtailadmin_reports:locked_pages
    "beheer/reports/locked/": case("/beheer/reports/locked/", COORDINATOR_ONLY),
    # wagtailadmin_reports:locked_pages_results
    "beheer/reports/locked/results/": case("/beheer/reports/locked/results/", COORDINATOR_ONLY),
    # wagtailadmin_reports:workflow
    "beheer/reports/workflow/": case("/beheer/reports/workflow/", ADMIN_OK),
    # wagtailadmin_reports:workflow_results
    "beheer/reports/workflow/results/": case("/beheer/reports/workflow/results/", ADMIN_OK),
    # wagtailadmin_reports:workflow_tasks
    "beheer/reports/workflow_tasks/": case("/beheer/reports/workflow_tasks/", ADMIN_OK),
    # wagtailadmin_reports:workflow_tasks_results
    "beheer/reports/workflow_tasks/results/": case(
        "/beheer/reports/workflow_tasks/results/", ADMIN_OK
    ),
    # wagtailadmin_reports:site_history
    "beheer/reports/site-history/": case("/beheer/reports/site-history/", ADMIN_OK),
    # wagtailadmin_reports:site_history_results
    "beheer/reports/site-history/results/": case("/beheer/reports/site-history/results/", ADMIN_OK),
    # wagtailadmin_reports:aging_pages
    "beheer/reports/aging-pages/": case("/beheer/reports/aging-pages/", ADMIN_OK),
    # wagtailadmin_reports:aging_pages_results
    "beheer/reports/aging-pages/results/": case("/beheer/reports/aging-pages/results/", ADMIN_OK),
    # wagtailadmin_reports:page_types_usage
    "beheer/reports/page-types-usage/": case("/beheer/reports/page-types-usage/", ADMIN_OK),
    # wagtailadmin_reports:page_types_usage_results
    "beheer/reports/page-types-usage/results/": case(
        "/beheer/reports/page-types-usage/results/", ADMIN_OK
    ),
    # wagtailadmin_account
    "beheer/account/": case("/beheer/account/", ADMIN_OK),
    # wagtailadmin_logout
    "beheer/logout/": case("/beheer/logout/", POST_ONLY),
    # wagtailadmin_dismissibles
    "beheer/dismissibles/": case("/beheer/dismissibles/", ADMIN_OK),
    # wagtailadmin_editing_sessions:ping
    "beheer/editing-sessions/ping/<str:app_label>/<str:model_name>/<str:object_id>/<int:session_id>/": case(
        "/beheer/editing-sessions/ping/cirkelinkoop/standardpage/{about.id}/999999/", POST_ONLY
    ),
    # wagtailadmin_editing_sessions:release
    "beheer/editing-sessions/release/<int:session_id>/": case(
        "/beheer/editing-sessions/release/999999/", POST_ONLY
    ),
    # wagtailadmin_block_preview
    "beheer/block-preview/": case("/beheer/block-preview/", admin_both(NOT_FOUND)),
    # wagtailredirects:index
    "beheer/redirects/": case("/beheer/redirects/", COORDINATOR_ONLY),
    # wagtailredirects:index_results
    "beheer/redirects/results/": case("/beheer/redirects/results/", COORDINATOR_ONLY),
    # wagtailredirects:add
    "beheer/redirects/add/": case("/beheer/redirects/add/", COORDINATOR_ONLY),
    # wagtailredirects:edit
    "beheer/redirects/<int:redirect_id>/": case(
        "/beheer/redirects/{redirect.id}/", COORDINATOR_ONLY
    ),
    # wagtailredirects:delete
    "beheer/redirects/<int:redirect_id>/delete/": case(
        "/beheer/redirects/{redirect.id}/delete/", SUPERUSER_ONLY
    ),
    # wagtailredirects:start_import
    "beheer/redirects/import/": case("/beheer/redirects/import/", COORDINATOR_ONLY),
    # redirects_process_import (wagtailredirects:process_import behind it)
    "beheer/redirects/import/process/": case(
        "/beheer/redirects/import/process/", admin(editor=ADMIN_DENIED, coordinator=NOT_ALLOWED)
    ),
    # wagtailsettings:edit
    "beheer/settings/<slug:app_name>/<slug:model_name>/": case(
        "/beheer/settings/cirkelinkoop/sitesettings/",
        admin(
            editor=ADMIN_DENIED,
            coordinator=redirect("/beheer/settings/cirkelinkoop/sitesettings/{site.pk}/"),
        ),
    ),
    # wagtailsettings:edit
    "beheer/settings/<slug:app_name>/<slug:model_name>/<int:pk>/": case(
        "/beheer/settings/cirkelinkoop/sitesettings/{site.pk}/", COORDINATOR_ONLY
    ),
    # wagtailsettings:preview_on_edit
    "beheer/settings/<slug:app_name>/<slug:model_name>/<int:pk>/preview/": case(
        "/beheer/settings/cirkelinkoop/sitesettings/{site.pk}/preview/",
        admin(editor=ADMIN_DENIED, coordinator=NOT_FOUND),
    ),
    # wagtailsnippets:index
    "beheer/snippets/": case("/beheer/snippets/", SUPERUSER_ONLY),
    # wagtaildocs:index
    "beheer/documents/": case("/beheer/documents/", COORDINATOR_ONLY),
    # wagtaildocs:index_results
    "beheer/documents/results/": case("/beheer/documents/results/", COORDINATOR_ONLY),
    # wagtaildocs:add
    "beheer/documents/add/": case("/beheer/documents/add/", COORDINATOR_ONLY),
    # wagtaildocs:edit
    "beheer/documents/edit/<int:document_id>/": case(
        "/beheer/documents/edit/{document.id}/", COORDINATOR_ONLY
    ),
    # wagtaildocs:delete
    "beheer/documents/delete/<int:document_id>/": case(
        "/beheer/documents/delete/{document.id}/", COORDINATOR_ONLY
    ),
    # wagtaildocs:add_multiple
    "beheer/documents/multiple/add/": case("/beheer/documents/multiple/add/", COORDINATOR_ONLY),
    # wagtaildocs:edit_multiple
    "beheer/documents/multiple/<int:doc_id>/": case(
        "/beheer/documents/multiple/{document.id}/", POST_ONLY
    ),
    # wagtaildocs:create_multiple_from_uploaded_document
    "beheer/documents/multiple/create_from_uploaded_document/<int:uploaded_file_id>/": case(
        "/beheer/documents/multiple/create_from_uploaded_document/999999/", POST_ONLY
    ),
    # wagtaildocs:delete_multiple
    "beheer/documents/multiple/<int:doc_id>/delete/": case(
        "/beheer/documents/multiple/{document.id}/delete/", POST_ONLY
    ),
    # wagtaildocs:delete_upload_multiple
    "beheer/documents/multiple/delete_upload/<int:uploaded_file_id>/": case(
        "/beheer/documents/multiple/delete_upload/999999/", POST_ONLY
    ),
    # wagtaildocs:document_usage
    "beheer/documents/usage/<int:document_id>/": case(
        "/beheer/documents/usage/{document.id}/", COORDINATOR_ONLY
    ),
    # wagtailimages:index
    "beheer/images/": case("/beheer/images/", COORDINATOR_ONLY),
    # wagtailimages:index_results
    "beheer/images/results/": case("/beheer/images/results/", COORDINATOR_ONLY),
    # wagtailimages:edit
    "beheer/images/<int:image_id>/": case("/beheer/images/{image.id}/", COORDINATOR_ONLY),
    # wagtailimages:delete
    "beheer/images/<int:image_id>/delete/": case(
        "/beheer/images/{image.id}/delete/", COORDINATOR_ONLY
    ),
    # wagtailimages:url_generator
    "beheer/images/<int:image_id>/generate_url/": case(
        "/beheer/images/{image.id}/generate_url/", admin(editor=ADMIN_DENIED, coordinator=NOT_FOUND)
    ),
    # wagtailimages:url_generator_output
    "beheer/images/<int:image_id>/generate_url/output/": case(
        "/beheer/images/{image.id}/generate_url/output/",
        admin(editor=ADMIN_DENIED, coordinator=NOT_FOUND),
    ),
    # wagtailimages:preview
    "beheer/images/<int:image_id>/preview/<str:filter_spec>/": case(
        "/beheer/images/{image.id}/preview/fill-100x100/", COORDINATOR_ONLY
    ),
    # wagtailimages:add
    "beheer/images/add/": case("/beheer/images/add/", COORDINATOR_ONLY),
    # wagtailimages:image_usage
    "beheer/images/usage/<int:image_id>/": case(
        "/beheer/images/usage/{image.id}/", COORDINATOR_ONLY
    ),
    # wagtailimages:add_multiple
    "beheer/images/multiple/add/": case("/beheer/images/multiple/add/", COORDINATOR_ONLY),
    # wagtailimages:edit_multiple
    "beheer/images/multiple/<int:image_id>/": case(
        "/beheer/images/multiple/{image.id}/", POST_ONLY
    ),
    # wagtailimages:create_multiple_from_uploaded_image
    "beheer/images/multiple/create_from_uploaded_image/<int:uploaded_file_id>/": case(
        "/beheer/images/multiple/create_from_uploaded_image/999999/", POST_ONLY
    ),
    # wagtailimages:delete_multiple
    "beheer/images/multiple/<int:image_id>/delete/": case(
        "/beheer/images/multiple/{image.id}/delete/", POST_ONLY
    ),
    # wagtailimages:delete_upload_multiple
    "beheer/images/multiple/delete_upload/<int:uploaded_file_id>/": case(
        "/beheer/images/multiple/delete_upload/999999/", POST_ONLY
    ),
    # joinrequest:index
    "beheer/joinrequest/": case("/beheer/joinrequest/", COORDINATOR_ONLY),
    # joinrequest:index_results
    "beheer/joinrequest/results/": case("/beheer/joinrequest/results/", COORDINATOR_ONLY),
    # joinrequest:edit
    "beheer/joinrequest/edit/<int:pk>/": case(
        "/beheer/joinrequest/edit/{join_request.pk}/", COORDINATOR_ONLY, post=True
    ),
    # joinrequest:delete
    "beheer/joinrequest/delete/<int:pk>/": case(
        "/beheer/joinrequest/delete/{join_request.pk}/", SUPERUSER_ONLY
    ),
    # joinrequest:history
    "beheer/joinrequest/history/<int:pk>/": case(
        "/beheer/joinrequest/history/{join_request.pk}/", COORDINATOR_ONLY
    ),
    # joinrequest:history_results
    "beheer/joinrequest/history-results/<int:pk>/": case(
        "/beheer/joinrequest/history-results/{join_request.pk}/", COORDINATOR_ONLY
    ),
    # joinrequest:usage
    "beheer/joinrequest/usage/<int:pk>/": case(
        "/beheer/joinrequest/usage/{join_request.pk}/", COORDINATOR_ONLY
    ),
    # joinrequest:start_review
    "beheer/joinrequest/<int:pk>/in-behandeling/": case(
        "/beheer/joinrequest/{join_request.pk}/in-behandeling/", COORDINATOR_ONLY, post=True
    ),
    # joinrequest:approve
    "beheer/joinrequest/<int:pk>/goedkeuren/": case(
        "/beheer/joinrequest/{join_request.pk}/goedkeuren/", COORDINATOR_ONLY, post=True
    ),
    # joinrequest:decline
    "beheer/joinrequest/<int:pk>/afwijzen/": case(
        "/beheer/joinrequest/{join_request.pk}/afwijzen/", COORDINATOR_ONLY, post=True
    ),
    # contactrequest:index
    "beheer/contactrequest/": case("/beheer/contactrequest/", COORDINATOR_ONLY),
    # contactrequest:index_results
    "beheer/contactrequest/results/": case("/beheer/contactrequest/results/", COORDINATOR_ONLY),
    # contactrequest:edit
    "beheer/contactrequest/edit/<int:pk>/": case(
        "/beheer/contactrequest/edit/{contact_request.pk}/", COORDINATOR_ONLY
    ),
    # contactrequest:delete
    "beheer/contactrequest/delete/<int:pk>/": case(
        "/beheer/contactrequest/delete/{contact_request.pk}/", SUPERUSER_ONLY
    ),
    # contactrequest:history
    "beheer/contactrequest/history/<int:pk>/": case(
        "/beheer/contactrequest/history/{contact_request.pk}/", COORDINATOR_ONLY
    ),
    # contactrequest:history_results
    "beheer/contactrequest/history-results/<int:pk>/": case(
        "/beheer/contactrequest/history-results/{contact_request.pk}/", COORDINATOR_ONLY
    ),
    # contactrequest:usage
    "beheer/contactrequest/usage/<int:pk>/": case(
        "/beheer/contactrequest/usage/{contact_request.pk}/", COORDINATOR_ONLY
    ),
    # contactrequest:mark_handled
    "beheer/contactrequest/<int:pk>/afgehandeld/": case(
        "/beheer/contactrequest/{contact_request.pk}/afgehandeld/", COORDINATOR_ONLY, post=True
    ),
    # organisation:index
    # --- the meetings: the series (the coordinator's), a meeting's status (who publishes)
    "beheer/meetingseries/": case("/beheer/meetingseries/", COORDINATOR_ONLY),
    "beheer/meetingseries/results/": case("/beheer/meetingseries/results/", COORDINATOR_ONLY),
    "beheer/meetingseries/new/": case("/beheer/meetingseries/new/", COORDINATOR_ONLY),
    "beheer/meetingseries/edit/<int:pk>/": case(
        "/beheer/meetingseries/edit/{meeting_series.pk}/", COORDINATOR_ONLY, post=True
    ),
    "beheer/meetingseries/delete/<int:pk>/": case(
        "/beheer/meetingseries/delete/{meeting_series.pk}/", COORDINATOR_ONLY, post=True
    ),
    "beheer/meetingseries/history/<int:pk>/": case(
        "/beheer/meetingseries/history/{meeting_series.pk}/", COORDINATOR_ONLY
    ),
    "beheer/meetingseries/history-results/<int:pk>/": case(
        "/beheer/meetingseries/history-results/{meeting_series.pk}/", COORDINATOR_ONLY
    ),
    "beheer/meetingseries/usage/<int:pk>/": case(
        "/beheer/meetingseries/usage/{meeting_series.pk}/", COORDINATOR_ONLY
    ),
    "beheer/meetingseries/<int:pk>/plannen/": case(
        "/beheer/meetingseries/{meeting_series.pk}/plannen/",
        COORDINATOR_ONLY,
        "the dates it would plan; a POST plans them",
        post=True,
    ),
    "beheer/bijeenkomsten/<int:pk>/annuleren/": case(
        "/beheer/bijeenkomsten/{meeting.pk}/annuleren/",
        ADMIN_OK,
        "whoever may publish the meeting's page",
        post=True,
    ),
    "beheer/bijeenkomsten/<int:pk>/herstellen/": case(
        "/beheer/bijeenkomsten/{meeting.pk}/herstellen/", ADMIN_OK, post=True
    ),
    "beheer/bijeenkomsten/<int:pk>/tijd-en-plaats/": case(
        "/beheer/bijeenkomsten/{meeting.pk}/tijd-en-plaats/",
        ADMIN_OK,
        "whoever may publish the meeting's page (for the rest of the series: its pages)",
        post=True,
    ),
    # Minutes and registrations (personal data): who may publish the page and is a
    # coordinator. A meeting with minutes is sent on to them.
    "beheer/bijeenkomsten/<int:pk>/verslag/": [
        case("/beheer/bijeenkomsten/{meeting.pk}/verslag/", COORDINATOR_ONLY, post=True),
        case(
            "/beheer/bijeenkomsten/{held_meeting.pk}/verslag/",
            admin(
                editor=ADMIN_DENIED,
                coordinator=redirect("/beheer/snippets/meetings/minutes/edit/{minutes.pk}/"),
            ),
        ),
    ],
    "beheer/bijeenkomsten/<int:pk>/verslag/versturen/": case(
        "/beheer/bijeenkomsten/{draft_minutes.meeting.pk}/verslag/versturen/",
        COORDINATOR_ONLY,
        post=True,
    ),
    "beheer/bijeenkomsten/<int:pk>/verslag/goedkeuren/": case(
        "/beheer/bijeenkomsten/{held_meeting.pk}/verslag/goedkeuren/",
        COORDINATOR_ONLY,
        post=True,
    ),
    "beheer/bijeenkomsten/<int:pk>/aanmeldingen/": case(
        "/beheer/bijeenkomsten/{meeting.pk}/aanmeldingen/", COORDINATOR_ONLY, post=True
    ),
    "beheer/bijeenkomsten/<int:pk>/aanmeldingen/export.csv": case(
        "/beheer/bijeenkomsten/{meeting.pk}/aanmeldingen/export.csv", COORDINATOR_ONLY
    ),
    "beheer/organisation/": case("/beheer/organisation/", COORDINATOR_ONLY),
    # organisation:index_results
    "beheer/organisation/results/": case("/beheer/organisation/results/", COORDINATOR_ONLY),
    # organisation:add
    "beheer/organisation/new/": case("/beheer/organisation/new/", COORDINATOR_ONLY),
    # organisation:edit
    "beheer/organisation/edit/<int:pk>/": case(
        "/beheer/organisation/edit/{utrecht.pk}/", COORDINATOR_ONLY, post=True
    ),
    # organisation:delete
    "beheer/organisation/delete/<int:pk>/": case(
        "/beheer/organisation/delete/{utrecht.pk}/", SUPERUSER_ONLY
    ),
    # organisation:history
    "beheer/organisation/history/<int:pk>/": case(
        "/beheer/organisation/history/{utrecht.pk}/", COORDINATOR_ONLY
    ),
    # organisation:history_results
    "beheer/organisation/history-results/<int:pk>/": case(
        "/beheer/organisation/history-results/{utrecht.pk}/", COORDINATOR_ONLY
    ),
    # organisation:usage
    "beheer/organisation/usage/<int:pk>/": case(
        "/beheer/organisation/usage/{utrecht.pk}/", COORDINATOR_ONLY
    ),
    # member_chooser:choose (every member, directory or not: the coordinator's to see)
    "beheer/member_chooser/": case("/beheer/member_chooser/", COORDINATOR_ONLY),
    # member_chooser:choose_results
    "beheer/member_chooser/results/": case(
        "/beheer/member_chooser/results/?q=Verborgen", COORDINATOR_ONLY
    ),
    # member_chooser:chosen
    "beheer/member_chooser/chosen/<str:pk>/": case(
        "/beheer/member_chooser/chosen/{membership.pk}/", COORDINATOR_ONLY
    ),
    # member_chooser:chosen_multiple
    "beheer/member_chooser/chosen-multiple/": case(
        "/beheer/member_chooser/chosen-multiple/?id={membership.pk}", COORDINATOR_ONLY
    ),
    # membership:index
    "beheer/membership/": case("/beheer/membership/", COORDINATOR_ONLY),
    # membership:index_results
    "beheer/membership/results/": case("/beheer/membership/results/", COORDINATOR_ONLY),
    # membership:add
    "beheer/membership/new/": case("/beheer/membership/new/", COORDINATOR_ONLY),
    # membership:edit
    "beheer/membership/edit/<int:pk>/": case(
        "/beheer/membership/edit/{membership.pk}/", COORDINATOR_ONLY
    ),
    # membership:delete
    "beheer/membership/delete/<int:pk>/": case(
        "/beheer/membership/delete/{membership.pk}/", COORDINATOR_ONLY, post=True
    ),
    # membership:history
    "beheer/membership/history/<int:pk>/": case(
        "/beheer/membership/history/{membership.pk}/", COORDINATOR_ONLY
    ),
    # membership:history_results
    "beheer/membership/history-results/<int:pk>/": case(
        "/beheer/membership/history-results/{membership.pk}/", COORDINATOR_ONLY
    ),
    # membership:usage
    "beheer/membership/usage/<int:pk>/": case(
        "/beheer/membership/usage/{membership.pk}/", COORDINATOR_ONLY
    ),
    # invitation:index
    "beheer/invitation/": case("/beheer/invitation/", COORDINATOR_ONLY),
    # invitation:index_results
    "beheer/invitation/results/": case("/beheer/invitation/results/", COORDINATOR_ONLY),
    # invitation:add
    "beheer/invitation/new/": case("/beheer/invitation/new/", COORDINATOR_ONLY),
    # invitation:edit
    "beheer/invitation/edit/<int:pk>/": case(
        "/beheer/invitation/edit/{invitation.pk}/", COORDINATOR_ONLY
    ),
    # invitation:delete
    "beheer/invitation/delete/<int:pk>/": case(
        "/beheer/invitation/delete/{invitation.pk}/", SUPERUSER_ONLY
    ),
    # invitation:history
    "beheer/invitation/history/<int:pk>/": case(
        "/beheer/invitation/history/{invitation.pk}/", COORDINATOR_ONLY
    ),
    # invitation:history_results
    "beheer/invitation/history-results/<int:pk>/": case(
        "/beheer/invitation/history-results/{invitation.pk}/", COORDINATOR_ONLY
    ),
    # invitation:usage
    "beheer/invitation/usage/<int:pk>/": case(
        "/beheer/invitation/usage/{invitation.pk}/", COORDINATOR_ONLY
    ),
    # invitation:resend
    "beheer/invitation/<int:pk>/opnieuw-versturen/": case(
        "/beheer/invitation/{invitation.pk}/opnieuw-versturen/", COORDINATOR_ONLY, post=True
    ),
    # outbox:index
    "beheer/outbox/": case("/beheer/outbox/", COORDINATOR_ONLY),
    # outbox:index_results
    "beheer/outbox/results/": case("/beheer/outbox/results/", COORDINATOR_ONLY),
    # outbox:inspect
    "beheer/outbox/inspect/<int:pk>/": case("/beheer/outbox/inspect/{email.pk}/", COORDINATOR_ONLY),
    # outbox:resend
    "beheer/outbox/resend/<int:pk>/": case(
        "/beheer/outbox/resend/{email.pk}/", COORDINATOR_ONLY, post=True
    ),
    # wagtailsites:index
    "beheer/sites/": case("/beheer/sites/", SUPERUSER_ONLY),
    # wagtailsites:index_results
    "beheer/sites/results/": case("/beheer/sites/results/", SUPERUSER_ONLY),
    # wagtailsites:add
    "beheer/sites/new/": case("/beheer/sites/new/", SUPERUSER_ONLY),
    # wagtailsites:edit
    "beheer/sites/edit/<int:pk>/": case("/beheer/sites/edit/{site.pk}/", SUPERUSER_ONLY),
    # wagtailsites:delete
    "beheer/sites/delete/<int:pk>/": case("/beheer/sites/delete/{site.pk}/", SUPERUSER_ONLY),
    # wagtailsites:history
    "beheer/sites/history/<int:pk>/": case("/beheer/sites/history/{site.pk}/", SUPERUSER_ONLY),
    # wagtailsites:history_results
    "beheer/sites/history-results/<int:pk>/": case(
        "/beheer/sites/history-results/{site.pk}/", SUPERUSER_ONLY
    ),
    # wagtailsites:usage
    "beheer/sites/usage/<int:pk>/": case("/beheer/sites/usage/{site.pk}/", SUPERUSER_ONLY),
    # wagtailsites:copy
    "beheer/sites/copy/<int:pk>/": case("/beheer/sites/copy/{site.pk}/", SUPERUSER_ONLY),
    # wagtailusers_users:index
    "beheer/users/": case("/beheer/users/", SUPERUSER_ONLY),
    # wagtailusers_users:index_results
    "beheer/users/results/": case("/beheer/users/results/", SUPERUSER_ONLY),
    # wagtailusers_users:add
    "beheer/users/new/": case("/beheer/users/new/", SUPERUSER_ONLY),
    # wagtailusers_users:edit
    "beheer/users/edit/<int:pk>/": case("/beheer/users/edit/{member.pk}/", SUPERUSER_ONLY),
    # wagtailusers_users:delete
    "beheer/users/delete/<int:pk>/": case("/beheer/users/delete/{member.pk}/", SUPERUSER_ONLY),
    # wagtailusers_users:history
    "beheer/users/history/<int:pk>/": case("/beheer/users/history/{member.pk}/", SUPERUSER_ONLY),
    # wagtailusers_users:history_results
    "beheer/users/history-results/<int:pk>/": case(
        "/beheer/users/history-results/{member.pk}/", SUPERUSER_ONLY
    ),
    # wagtailusers_users:usage
    "beheer/users/usage/<int:pk>/": case("/beheer/users/usage/{member.pk}/", SUPERUSER_ONLY),
    # wagtailusers_users:copy
    "beheer/users/copy/<int:pk>/": case("/beheer/users/copy/{member.pk}/", SUPERUSER_ONLY),
    # wagtailusers_groups:index
    "beheer/groups/": case("/beheer/groups/", SUPERUSER_ONLY),
    # wagtailusers_groups:index_results
    "beheer/groups/results/": case("/beheer/groups/results/", SUPERUSER_ONLY),
    # wagtailusers_groups:add
    "beheer/groups/new/": case("/beheer/groups/new/", SUPERUSER_ONLY),
    # wagtailusers_groups:edit
    "beheer/groups/edit/<int:pk>/": case(
        "/beheer/groups/edit/{coordinators_group.pk}/", SUPERUSER_ONLY
    ),
    # wagtailusers_groups:delete
    "beheer/groups/delete/<int:pk>/": case(
        "/beheer/groups/delete/{coordinators_group.pk}/", SUPERUSER_ONLY
    ),
    # wagtailusers_groups:history
    "beheer/groups/history/<int:pk>/": case(
        "/beheer/groups/history/{coordinators_group.pk}/", SUPERUSER_ONLY
    ),
    # wagtailusers_groups:history_results
    "beheer/groups/history-results/<int:pk>/": case(
        "/beheer/groups/history-results/{coordinators_group.pk}/", SUPERUSER_ONLY
    ),
    # wagtailusers_groups:usage
    "beheer/groups/usage/<int:pk>/": case(
        "/beheer/groups/usage/{coordinators_group.pk}/", SUPERUSER_ONLY
    ),
    # wagtaildocs_chooser:choose
    "beheer/documents/chooser/": case("/beheer/documents/chooser/", ADMIN_OK),
    # wagtaildocs_chooser:choose_results
    "beheer/documents/chooser/results/": case("/beheer/documents/chooser/results/", ADMIN_OK),
    # wagtaildocs_chooser:chosen
    "beheer/documents/chooser/chosen/<str:pk>/": case(
        "/beheer/documents/chooser/chosen/{document.id}/", COORDINATOR_ONLY
    ),
    # wagtaildocs_chooser:chosen_multiple
    "beheer/documents/chooser/chosen-multiple/": case(
        "/beheer/documents/chooser/chosen-multiple/", ADMIN_OK
    ),
    # wagtaildocs_chooser:create
    "beheer/documents/chooser/create/": case("/beheer/documents/chooser/create/", COORDINATOR_ONLY),
    # wagtailimages_chooser:choose
    "beheer/images/chooser/": case("/beheer/images/chooser/", ADMIN_OK),
    # wagtailimages_chooser:choose_results
    "beheer/images/chooser/results/": case("/beheer/images/chooser/results/", ADMIN_OK),
    # wagtailimages_chooser:chosen
    "beheer/images/chooser/chosen/<str:pk>/": case(
        "/beheer/images/chooser/chosen/{image.id}/", COORDINATOR_ONLY
    ),
    # wagtailimages_chooser:chosen_multiple
    "beheer/images/chooser/chosen-multiple/": case(
        "/beheer/images/chooser/chosen-multiple/", ADMIN_OK
    ),
    # wagtailimages_chooser:create
    "beheer/images/chooser/create/": case("/beheer/images/chooser/create/", COORDINATOR_ONLY),
    # wagtailimages_chooser:select_format
    "beheer/images/chooser/<int:image_id>/select_format/": case(
        "/beheer/images/chooser/{image.id}/select_format/", COORDINATOR_ONLY
    ),
    # wagtailadmin_sprite
    "beheer/sprite/": case("/beheer/sprite/", everyone(OK)),
    # wagtailadmin_password_reset
    "beheer/password_reset/": case("/beheer/password_reset/", everyone(NOT_FOUND)),
    # wagtailadmin_password_reset_done
    "beheer/password_reset/done/": case("/beheer/password_reset/done/", everyone(NOT_FOUND)),
    # wagtailadmin_password_reset_confirm
    "beheer/password_reset/confirm/<uidb64>/<token>/": case(
        "/beheer/password_reset/confirm/MQ/set-password/", everyone(NOT_FOUND)
    ),
    # wagtailadmin_password_reset_complete
    "beheer/password_reset/complete/": case(
        "/beheer/password_reset/complete/", everyone(NOT_FOUND)
    ),
    # wagtailadmin_javascript_catalog
    "beheer/jsi18n/": case("/beheer/jsi18n/", everyone(OK)),
    "beheer/.*/$": case(
        "/beheer/bestaat-niet/",
        roles(
            default=redirect("/beheer/login/?next={next}"), editor=NOT_FOUND, coordinator=NOT_FOUND
        ),
    ),
}


def snippet_rows(model: str, pk: str, app: str = "knowledge") -> dict:
    """The rows of a snippet viewset: the coordinator's lists, and the minutes.

    Their choosers are open to anyone in the admin, as Wagtail makes them for every page
    editor: they list names that are public on the site anyway (a meeting's title).
    """
    base = f"beheer/snippets/{app}/{model}/"
    chooser = f"beheer/snippets/choose/{app}/{model}/"
    lists = {
        base: f"/{base}",
        f"{base}results/": f"/{base}results/",
        f"{base}add/": f"/{base}add/",
        f"{base}edit/<int:pk>/": f"/{base}edit/{{{pk}}}/",
        f"{base}delete/<int:pk>/": f"/{base}delete/{{{pk}}}/",
        f"{base}usage/<int:pk>/": f"/{base}usage/{{{pk}}}/",
        f"{base}history/<int:pk>/": f"/{base}history/{{{pk}}}/",
        f"{base}history-results/<int:pk>/": f"/{base}history-results/{{{pk}}}/",
        f"{base}copy/<int:pk>/": f"/{base}copy/{{{pk}}}/",
        f"{chooser}create/": f"/{chooser}create/",
    }
    choosers = {
        chooser: f"/{chooser}",
        f"{chooser}results/": f"/{chooser}results/",
        f"{chooser}chosen/<str:pk>/": f"/{chooser}chosen/{{{pk}}}/",
        f"{chooser}chosen-multiple/": f"/{chooser}chosen-multiple/?id={{{pk}}}",
    }
    return {
        **{route: case(url, COORDINATOR_ONLY) for route, url in lists.items()},
        **{route: case(url, ADMIN_OK) for route, url in choosers.items()},
    }


ADMIN_ROWS |= snippet_rows("productgroup", "product_group.pk")
ADMIN_ROWS |= snippet_rows("instrument", "instrument.pk")

# The minutes: a snippet with revisions (their history is kept when they are frozen).
MINUTES = "beheer/snippets/meetings/minutes/"
ADMIN_ROWS |= {
    **{
        route: row
        for route, row in snippet_rows("minutes", "minutes.pk", app="meetings").items()
        if "copy/" not in route
    },
    f"{MINUTES}delete/<int:pk>/": case(f"/{MINUTES}delete/{{minutes.pk}}/", SUPERUSER_ONLY),
    f"{MINUTES}history/<int:pk>/revisions/<int:revision_id>/revert/": case(
        f"/{MINUTES}history/{{minutes.pk}}/revisions/{{minutes_revision.id}}/revert/",
        COORDINATOR_ONLY,
    ),
    (
        f"{MINUTES}history/(?P<pk>.+)/revisions/compare/"
        r"(?P<revision_id_a>live|earliest|\d+)\.\.\.(?P<revision_id_b>live|latest|\d+)/$"
    ): case(
        f"/{MINUTES}history/{{minutes.pk}}/revisions/compare/earliest...latest/",
        COORDINATOR_ONLY,
    ),
}
