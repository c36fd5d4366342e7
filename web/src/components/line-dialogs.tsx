import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { api, type ConsentRequest, type Subscription, type User, unwrap } from "../api/client.js";
import { t } from "../i18n/index.js";
import { type DeliveryMethod, deliveryOptions } from "../lib/consent.js";
import { useProject } from "../session.js";
import { DeliveryChoice } from "./delivery-choice.js";
import { Modal } from "./dialog.js";
import { TimeLeft } from "./time-left.js";
import { Button, ErrorText, inputClass, StatusBadge } from "./ui.js";

type Locks = { simChange: boolean; portOut: boolean };

function LockChoice({
  value,
  onChange,
  only,
}: {
  value: Locks;
  onChange: (locks: Locks) => void;
  only?: Locks;
}) {
  return (
    <fieldset className="mb-3">
      {(["simChange", "portOut"] as const)
        .filter((k) => !only || only[k])
        .map((k) => (
          <label key={k} className="flex items-center gap-2 text-sm">
            <input
              type="checkbox"
              checked={value[k]}
              onChange={(e) => onChange({ ...value, [k]: e.target.checked })}
            />
            {t(`lock.${k}`)}
          </label>
        ))}
    </fieldset>
  );
}

/** F1: support and owners lock a line at once. */
export function LockDialog({ line, onClose }: { line: Subscription; onClose: () => void }) {
  const { project } = useProject();
  const queryClient = useQueryClient();
  const [locks, setLocks] = useState<Locks>({ simChange: true, portOut: true });
  const lock = useMutation({
    mutationFn: () =>
      unwrap(
        api.POST("/api/projects/{projectId}/subscriptions/{subscriptionId}/locks", {
          params: { path: { projectId: project.id, subscriptionId: line.id } },
          body: locks,
        }),
      ),
    onSuccess: async () => {
      await queryClient.invalidateQueries();
      onClose();
    },
  });
  const none = !locks.simChange && !locks.portOut;
  return (
    <Modal
      open
      onOpenChange={(o) => !o && onClose()}
      title={t("lock.lockTitle")}
      description={t("lock.lockBody")}
    >
      <LockChoice value={locks} onChange={setLocks} />
      {none && <p className="text-sm text-red-800">{t("lock.noneChosen")}</p>}
      <ErrorText error={lock.error} />
      <div className="mt-4 flex justify-end gap-2">
        <Button onClick={onClose}>{t("action.cancelButton")}</Button>
        <Button variant="primary" disabled={none || lock.isPending} onClick={() => lock.mutate()}>
          {t("lock.lock")}
        </Button>
      </div>
    </Modal>
  );
}

/** F1: removing a lock asks the user's consent; an owner may override with a reason. */
export function UnlockDialog({
  line,
  user,
  onClose,
}: {
  line: Subscription;
  user: User;
  onClose: () => void;
}) {
  const { project, role } = useProject();
  const queryClient = useQueryClient();
  const [locks, setLocks] = useState<Locks>({ ...line.locks });
  const options = deliveryOptions(project, user);
  const [method, setMethod] = useState<DeliveryMethod | null>(
    options.find((o) => o.block === null)?.method ?? null,
  );
  const [override, setOverride] = useState(false);
  const [reason, setReason] = useState("");
  const unlock = useMutation({
    mutationFn: async () => {
      const answer = await api.POST(
        "/api/projects/{projectId}/subscriptions/{subscriptionId}/unlock",
        {
          params: { path: { projectId: project.id, subscriptionId: line.id } },
          body: override
            ? { ...locks, override: true, reason: reason.trim() }
            : { ...locks, ...(method ? { deliveryMethod: method } : {}) },
        },
      );
      const data = await unwrap(
        Promise.resolve(answer as { data?: unknown; error?: unknown; response: Response }),
      );
      return answer.response.status === 202 ? (data as ConsentRequest) : null;
    },
    onSuccess: () => queryClient.invalidateQueries(),
  });
  const none = !locks.simChange && !locks.portOut;
  if (unlock.isSuccess) {
    return (
      <Modal open onOpenChange={(o) => !o && onClose()} title={t("lock.unlockTitle")}>
        {unlock.data ? (
          <div role="status">
            <p className="mb-2">{t("action.sent")}</p>
            <p className="flex items-center gap-2">
              <StatusBadge status={unlock.data.status} />
              <TimeLeft expiresAt={unlock.data.expiresAt} />
            </p>
          </div>
        ) : (
          <p role="status">{t("common.saved")}</p>
        )}
        <div className="mt-4 flex justify-end">
          <Button variant="primary" onClick={onClose}>
            {t("action.done")}
          </Button>
        </div>
      </Modal>
    );
  }
  return (
    <Modal
      open
      onOpenChange={(o) => !o && onClose()}
      title={t("lock.unlockTitle")}
      description={t("lock.unlockBody")}
    >
      <LockChoice value={locks} onChange={setLocks} only={line.locks} />
      {role === "owner" && (
        <label className="mb-3 flex items-center gap-2 text-sm">
          <input
            type="checkbox"
            checked={override}
            onChange={(e) => setOverride(e.target.checked)}
          />
          {t("lock.override")}
        </label>
      )}
      {override ? (
        <label className="mb-3 flex flex-col gap-1 text-sm font-medium">
          {t("lock.reason")}
          <textarea
            className={inputClass}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
          />
        </label>
      ) : (
        <DeliveryChoice options={options} value={method} onChange={setMethod} />
      )}
      <ErrorText error={unlock.error} />
      <div className="mt-4 flex justify-end gap-2">
        <Button onClick={onClose}>{t("action.cancelButton")}</Button>
        <Button
          variant="primary"
          disabled={none || unlock.isPending || (override && reason.trim() === "")}
          onClick={() => unlock.mutate()}
        >
          {override ? t("lock.removeNow") : t("lock.unlock")}
        </Button>
      </div>
    </Modal>
  );
}

/** F2: an owner clears the flag a decline set, with a reason. */
export function ClearFlagDialog({ line, onClose }: { line: Subscription; onClose: () => void }) {
  const { project } = useProject();
  const queryClient = useQueryClient();
  const [reason, setReason] = useState("");
  const clear = useMutation({
    mutationFn: () =>
      unwrap(
        api.POST("/api/projects/{projectId}/subscriptions/{subscriptionId}/clearFlag", {
          params: { path: { projectId: project.id, subscriptionId: line.id } },
          body: { reason: reason.trim() },
        }),
      ),
    onSuccess: async () => {
      await queryClient.invalidateQueries();
      onClose();
    },
  });
  return (
    <Modal
      open
      onOpenChange={(o) => !o && onClose()}
      title={t("flag.clearTitle")}
      description={t("flag.clearBody")}
    >
      <label className="mb-3 flex flex-col gap-1 text-sm font-medium">
        {t("lock.reason")}
        <textarea
          className={inputClass}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
        />
      </label>
      <ErrorText error={clear.error} />
      <div className="mt-4 flex justify-end gap-2">
        <Button onClick={onClose}>{t("action.cancelButton")}</Button>
        <Button
          variant="primary"
          disabled={clear.isPending || reason.trim() === ""}
          onClick={() => clear.mutate()}
        >
          {t("flag.clear")}
        </Button>
      </div>
    </Modal>
  );
}
