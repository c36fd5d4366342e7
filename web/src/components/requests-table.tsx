import * as Menu from "@radix-ui/react-dropdown-menu";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { Link } from "react-router";
import { api, type ConsentRequest, type Subscription, unwrap } from "../api/client.js";
import { formatShortTime, t } from "../i18n/index.js";
import { type Block, cancelBlock, resendBlock } from "../lib/consent.js";
import { useProject } from "../session.js";
import { CancelDialog, ResendDialog, useUser } from "./request-dialogs.js";
import { TimeLeft } from "./time-left.js";
import { StatusBadge, tableClass, tdClass, thClass } from "./ui.js";

/** The project's approved requests, which forbid a resend of their type on their line (C6). */
export function useApprovedRequests() {
  const { project } = useProject();
  return useQuery({
    queryKey: ["consentRequests", project.id, "approved"],
    queryFn: () =>
      unwrap(
        api.GET("/api/projects/{projectId}/consentRequests", {
          params: { path: { projectId: project.id }, query: { status: "approved", limit: 200 } },
        }),
      ),
  });
}

function LineCell({ request }: { request: ConsentRequest }) {
  const { project } = useProject();
  const user = useUser(request.user);
  const subscription = useQuery({
    queryKey: ["subscription", project.id, request.subscription],
    queryFn: () =>
      unwrap<Subscription>(
        api.GET("/api/projects/{projectId}/subscriptions/{subscriptionId}", {
          params: { path: { projectId: project.id, subscriptionId: request.subscription } },
        }),
      ),
    staleTime: 30_000,
  });
  return (
    <>
      <span className="block">{user.data?.fullName ?? request.user}</span>
      <Link
        className="text-blue-800 underline"
        to={`/projects/${project.id}/subscriptions/${request.subscription}`}
      >
        {subscription.data?.phoneNumber ?? request.subscription}
      </Link>
    </>
  );
}

function MenuItem({
  label,
  block,
  onSelect,
}: {
  label: string;
  block: Block;
  onSelect: () => void;
}) {
  return (
    <Menu.Item
      disabled={block !== null}
      onSelect={onSelect}
      className="cursor-pointer rounded px-3 py-2 text-sm outline-none data-[disabled]:cursor-not-allowed data-[disabled]:text-slate-500 data-[highlighted]:bg-slate-100"
    >
      <span className="block font-medium">{label}</span>
      {block && <span className="block text-xs">{t(block)}</span>}
    </Menu.Item>
  );
}

/** The row menu of D4: details, Cancel and Resend, each disabled with the reason the rules give. */
export function RequestMenu({
  request,
  subscriptionActive,
}: {
  request: ConsentRequest;
  subscriptionActive?: boolean;
}) {
  const { project, role } = useProject();
  const approved = useApprovedRequests();
  const [dialog, setDialog] = useState<"cancel" | "resend" | null>(null);
  const context = {
    approved: approved.data?.items ?? [],
    ...(subscriptionActive === undefined ? {} : { subscriptionActive }),
  };
  return (
    <>
      <Menu.Root modal={false}>
        <Menu.Trigger
          aria-label={t("requests.menu", { id: request.id })}
          className="rounded-md border border-slate-300 bg-white px-2 py-1 text-sm hover:bg-slate-100"
        >
          ⋯
        </Menu.Trigger>
        <Menu.Portal>
          <Menu.Content
            align="end"
            className="z-10 min-w-56 rounded-md border border-slate-200 bg-white p-1 shadow-lg"
          >
            <Menu.Item asChild>
              <Link
                to={`/projects/${project.id}/consent-requests/${request.id}`}
                className="block rounded px-3 py-2 text-sm font-medium outline-none data-[highlighted]:bg-slate-100"
              >
                {t("requests.view")}
              </Link>
            </Menu.Item>
            <MenuItem
              label={t("requests.cancel")}
              block={cancelBlock(request, role)}
              onSelect={() => setDialog("cancel")}
            />
            <MenuItem
              label={t("requests.resend")}
              block={resendBlock(request, role, context)}
              onSelect={() => setDialog("resend")}
            />
          </Menu.Content>
        </Menu.Portal>
      </Menu.Root>
      <CancelDialog
        request={request}
        open={dialog === "cancel"}
        onOpenChange={(open) => setDialog(open ? "cancel" : null)}
      />
      <ResendDialog
        request={request}
        open={dialog === "resend"}
        onOpenChange={(open) => setDialog(open ? "resend" : null)}
      />
    </>
  );
}

/** D4's table; declined rows stand out, pending rows count down. */
export function RequestsTable({
  requests,
  subscriptionActive,
  caption,
}: {
  requests: ConsentRequest[];
  subscriptionActive?: boolean;
  caption: string;
}) {
  return (
    <div className="relative overflow-x-auto">
      <table className={tableClass}>
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            <th className={thClass}>{t("requests.type")}</th>
            <th className={thClass}>{t("requests.line")}</th>
            <th className={thClass}>{t("requests.status")}</th>
            <th className={thClass}>{t("requests.method")}</th>
            <th className={thClass}>{t("requests.created")}</th>
            <th className={thClass}>{t("requests.expires")}</th>
            <th className={thClass}>
              <span className="sr-only">{t("common.actions")}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {requests.map((request) => (
            <tr key={request.id} className={request.status === "declined" ? "bg-red-50" : ""}>
              <td className={tdClass}>{t(`type.${request.type}`)}</td>
              <td className={tdClass}>
                <LineCell request={request} />
              </td>
              <td className={tdClass}>
                <StatusBadge status={request.status} />
                {request.status === "pending" && (
                  <span className="block text-xs text-slate-700">
                    <TimeLeft expiresAt={request.expiresAt} />
                  </span>
                )}
                {request.status === "declined" && (
                  <span className="block text-xs font-medium text-red-900">
                    {t("requests.declinedNote")}
                  </span>
                )}
              </td>
              <td className={tdClass}>
                {t(`method.${request.deliveryMethod}`)}
                <span className="block text-xs text-slate-700">{request.recipient}</span>
              </td>
              <td className={tdClass}>{formatShortTime(request.createdAt)}</td>
              <td className={tdClass}>{formatShortTime(request.expiresAt)}</td>
              <td className={tdClass}>
                <RequestMenu
                  request={request}
                  {...(subscriptionActive === undefined ? {} : { subscriptionActive })}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
