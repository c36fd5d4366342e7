import * as Menu from "@radix-ui/react-dropdown-menu";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { Link, useParams } from "react-router";
import {
  api,
  type ConsentRequest,
  type Credentials,
  type Sim,
  type Subscription,
  unwrap,
} from "../../api/client.js";
import { ActionDialog, type ActionKind } from "../../components/action-dialog.js";
import { CredentialsPanel } from "../../components/credentials.js";
import { EventsList } from "../../components/events-list.js";
import { ClearFlagDialog, LockDialog, UnlockDialog } from "../../components/line-dialogs.js";
import { useUser } from "../../components/request-dialogs.js";
import { RequestsTable } from "../../components/requests-table.js";
import {
  ErrorText,
  GuardedButton,
  Loading,
  PageTitle,
  Section,
  StatusBadge,
} from "../../components/ui.js";
import { formatTime, t } from "../../i18n/index.js";
import { actionBlock, type Block, mayAct } from "../../lib/consent.js";
import { useProject } from "../../session.js";

const actionLabels: Record<
  ActionKind,
  "subscription.replaceSim" | "subscription.changeProvider" | "subscription.portOut"
> = {
  simReplacement: "subscription.replaceSim",
  providerChange: "subscription.changeProvider",
  portOutCredentials: "subscription.portOut",
};

/** C8 and C7: an approved request waits at the top with its follow-up (or retry) button. */
function FollowUp({
  request,
  onCredentials,
}: {
  request: ConsentRequest;
  onCredentials: (credentials: Credentials) => void;
}) {
  const { project, role } = useProject();
  const queryClient = useQueryClient();
  const fulfil = useMutation({
    mutationFn: () =>
      unwrap(
        api.POST("/api/projects/{projectId}/consentRequests/{consentRequestId}/fulfill", {
          params: { path: { projectId: project.id, consentRequestId: request.id } },
          body: {},
        }),
      ),
    onSuccess: async (answer) => {
      if (answer.credentials) onCredentials(answer.credentials);
      await queryClient.invalidateQueries();
    },
  });
  const failed = request.fulfillmentError;
  return (
    <section
      aria-label={failed ? t("followUp.failedTitle") : t("followUp.title")}
      className={`mb-4 rounded-lg border-2 p-4 ${failed ? "border-red-700 bg-red-50" : "border-blue-700 bg-blue-50"}`}
    >
      <h2 className="mb-1 font-semibold">
        {failed ? t("followUp.failedTitle") : t("followUp.title")}
      </h2>
      <p className="mb-3 text-sm">
        {failed
          ? t("followUp.failedBody", { type: t(`type.${request.type}`), message: failed.message })
          : t("followUp.body")}
      </p>
      <ErrorText error={fulfil.error} />
      <GuardedButton
        variant="primary"
        block={mayAct(role)}
        disabled={fulfil.isPending}
        onClick={() => fulfil.mutate()}
      >
        {failed ? t("followUp.retry") : t("followUp.button")}
      </GuardedButton>
    </section>
  );
}

function MenuEntry({
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

function Field({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div>
      <dt className="text-xs font-semibold text-slate-700 uppercase">{label}</dt>
      <dd className="break-all">{children}</dd>
    </div>
  );
}

/** D2: one line with its user, SIM, actions, consent requests and latest events. */
export function SubscriptionPage() {
  const { subscriptionId = "" } = useParams();
  const { project, role } = useProject();
  const [action, setAction] = useState<ActionKind | null>(null);
  const [lineDialog, setLineDialog] = useState<"lock" | "unlock" | "clearFlag" | null>(null);
  // Held here, not in the follow-up box: the request is fulfilled once they are issued, and its
  // box goes away, but the member still has to read them off this once.
  const [credentials, setCredentials] = useState<Credentials | null>(null);
  const path = { projectId: project.id, subscriptionId };
  const subscription = useQuery({
    queryKey: ["subscription", project.id, subscriptionId],
    queryFn: () =>
      unwrap<Subscription>(
        api.GET("/api/projects/{projectId}/subscriptions/{subscriptionId}", { params: { path } }),
      ),
  });
  const user = useUser(subscription.data?.user);
  const sim = useQuery({
    queryKey: ["sim", project.id, subscription.data?.sim],
    queryFn: () =>
      unwrap<Sim>(
        api.GET("/api/projects/{projectId}/sims/{simId}", {
          params: { path: { projectId: project.id, simId: subscription.data?.sim ?? "" } },
        }),
      ),
    enabled: !!subscription.data,
  });
  const requests = useQuery({
    queryKey: ["consentRequests", project.id, { subscription: subscriptionId }],
    queryFn: () =>
      unwrap(
        api.GET("/api/projects/{projectId}/consentRequests", {
          params: {
            path: { projectId: project.id },
            query: { subscription: subscriptionId, limit: 50 },
          },
        }),
      ),
    refetchInterval: 10_000,
  });
  const events = useQuery({
    queryKey: ["events", project.id, { subject: subscriptionId }],
    queryFn: () =>
      unwrap(
        api.GET("/api/projects/{projectId}/events", {
          params: {
            path: { projectId: project.id },
            query: { subject: subscriptionId, limit: 10 },
          },
        }),
      ),
  });

  if (subscription.error) return <ErrorText error={subscription.error} />;
  if (!subscription.data) return <Loading />;
  const line = subscription.data;
  const approved = (requests.data?.items ?? []).filter((r) => r.status === "approved");
  const followUps = approved.filter((r) => r.type === "portOutCredentials" || r.fulfillmentError);

  return (
    <>
      {credentials && (
        <div className="mb-4">
          <CredentialsPanel credentials={credentials} />
        </div>
      )}
      {followUps.map((request) => (
        <FollowUp key={request.id} request={request} onCredentials={setCredentials} />
      ))}
      {line.flaggedAt && (
        <p
          role="alert"
          className="mb-4 rounded-md border-2 border-red-700 bg-red-50 p-3 font-medium text-red-900"
        >
          {t("subscription.flagged", { time: formatTime(line.flaggedAt) })}
        </p>
      )}
      <div className="mb-4 flex flex-wrap items-start justify-between gap-3">
        <PageTitle>{t("subscription.title", { phone: line.phoneNumber })}</PageTitle>
        {mayAct(role) === null ? (
          <Menu.Root modal={false}>
            <Menu.Trigger className="rounded-md bg-blue-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-blue-800">
              {t("subscription.actions")}
            </Menu.Trigger>
            <Menu.Portal>
              <Menu.Content
                align="end"
                className="z-10 min-w-64 rounded-md border border-slate-200 bg-white p-1 shadow-lg"
              >
                {(Object.keys(actionLabels) as ActionKind[]).map((kind) => (
                  <MenuEntry
                    key={kind}
                    label={t(actionLabels[kind])}
                    block={actionBlock(
                      role,
                      line,
                      approved.some((r) => r.type === kind),
                      kind,
                    )}
                    onSelect={() => setAction(kind)}
                  />
                ))}
                <Menu.Separator className="my-1 h-px bg-slate-200" />
                <MenuEntry
                  label={t("subscription.lock")}
                  block={line.status === "active" ? null : "reason.lineEnded"}
                  onSelect={() => setLineDialog("lock")}
                />
                <MenuEntry
                  label={t("subscription.unlock")}
                  block={line.locks.simChange || line.locks.portOut ? null : "reason.notLocked"}
                  onSelect={() => setLineDialog("unlock")}
                />
                {role === "owner" && (
                  <MenuEntry
                    label={t("subscription.clearFlag")}
                    block={line.flaggedAt ? null : "reason.notFlagged"}
                    onSelect={() => setLineDialog("clearFlag")}
                  />
                )}
              </Menu.Content>
            </Menu.Portal>
          </Menu.Root>
        ) : (
          <p className="text-sm text-slate-700">{t("reason.viewer")}</p>
        )}
      </div>
      <Section title={t("subscriptions.user")}>
        <dl className="grid grid-cols-2 gap-3 md:grid-cols-4">
          <Field label={t("subscriptions.user")}>{user.data?.fullName ?? line.user}</Field>
          <Field label={t("subscriptions.email")}>
            {user.data ? (user.data.email ?? t("subscriptions.noEmail")) : ""}
          </Field>
          <Field label={t("subscriptions.phoneNumber")}>{line.phoneNumber}</Field>
          <Field label={t("subscriptions.status")}>
            <StatusBadge status={line.status} />
          </Field>
          <Field label={t("subscriptions.provider")}>{line.provider}</Field>
          <Field label={t("subscriptions.sim")}>
            <span data-testid="current-sim">
              {sim.data ? `${sim.data.iccid} (${sim.data.type})` : line.sim}
            </span>
          </Field>
          <Field label={t("subscriptions.plan")}>{line.plan ?? t("common.none")}</Field>
          <Field label={t("subscription.locks")}>
            {line.locks.simChange || line.locks.portOut
              ? [
                  line.locks.simChange && t("subscription.lockedSimChange"),
                  line.locks.portOut && t("subscription.lockedPortOut"),
                ]
                  .filter(Boolean)
                  .join(", ")
              : t("subscription.unlocked")}
          </Field>
        </dl>
      </Section>
      <Section title={t("subscription.consentRequests")}>
        <ErrorText error={requests.error} />
        {requests.data &&
          (requests.data.items.length === 0 ? (
            <p>{t("subscription.noRequests")}</p>
          ) : (
            <RequestsTable
              requests={requests.data.items}
              subscriptionActive={line.status === "active"}
              caption={t("subscription.consentRequests")}
            />
          ))}
      </Section>
      <Section title={t("subscription.events")}>
        <ErrorText error={events.error} />
        {events.data &&
          (events.data.items.length === 0 ? (
            <p>{t("subscription.noEvents")}</p>
          ) : (
            <EventsList events={events.data.items} caption={t("subscription.events")} />
          ))}
        <Link
          className="mt-2 inline-block text-blue-800 underline"
          to={`/projects/${project.id}/events?subject=${encodeURIComponent(line.id)}`}
        >
          {t("subscription.allEvents")}
        </Link>
      </Section>
      {lineDialog === "lock" && <LockDialog line={line} onClose={() => setLineDialog(null)} />}
      {lineDialog === "unlock" && user.data && (
        <UnlockDialog line={line} user={user.data} onClose={() => setLineDialog(null)} />
      )}
      {lineDialog === "clearFlag" && (
        <ClearFlagDialog line={line} onClose={() => setLineDialog(null)} />
      )}
      {action && user.data && (
        <ActionDialog
          kind={action}
          subscription={line}
          user={user.data}
          onClose={() => setAction(null)}
        />
      )}
    </>
  );
}
