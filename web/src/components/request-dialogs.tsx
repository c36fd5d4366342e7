import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { api, type ConsentRequest, type User, unwrap } from "../api/client.js";
import { t } from "../i18n/index.js";
import { type DeliveryMethod, deliveryOptions } from "../lib/consent.js";
import { useProject } from "../session.js";
import { DeliveryChoice } from "./delivery-choice.js";
import { Modal } from "./dialog.js";
import { Button, ErrorText } from "./ui.js";

export function useUser(userId: string | undefined) {
  const { project } = useProject();
  return useQuery({
    queryKey: ["user", project.id, userId],
    queryFn: () =>
      unwrap<User>(
        api.GET("/api/projects/{projectId}/users/{userId}", {
          params: { path: { projectId: project.id, userId: userId ?? "" } },
        }),
      ),
    enabled: !!userId,
    staleTime: 60_000,
  });
}

/** C5: the confirmation names what will happen; the red button cancels. */
export function CancelDialog({
  request,
  open,
  onOpenChange,
}: {
  request: ConsentRequest;
  open: boolean;
  onOpenChange: (open: boolean) => void;
}) {
  const { project } = useProject();
  const queryClient = useQueryClient();
  const cancel = useMutation({
    mutationFn: () =>
      unwrap(
        api.POST("/api/projects/{projectId}/consentRequests/{consentRequestId}/cancel", {
          params: { path: { projectId: project.id, consentRequestId: request.id } },
          body: {},
        }),
      ),
    onSuccess: async () => {
      await queryClient.invalidateQueries();
      onOpenChange(false);
    },
  });
  return (
    <Modal
      open={open}
      onOpenChange={(next) => {
        if (!next) cancel.reset();
        onOpenChange(next);
      }}
      title={t("requests.cancelTitle")}
      description={t("requests.cancelBody", {
        type: t(`type.${request.type}`),
        recipient: request.recipient,
      })}
    >
      <ErrorText error={cancel.error} />
      <div className="mt-4 flex justify-end gap-2">
        <Button onClick={() => onOpenChange(false)}>{t("requests.keep")}</Button>
        <Button variant="danger" disabled={cancel.isPending} onClick={() => cancel.mutate()}>
          {t("requests.cancelConfirm")}
        </Button>
      </div>
    </Modal>
  );
}

/** C6: a new request, possibly by another delivery method. */
export function ResendDialog({
  request,
  open,
  onOpenChange,
}: {
  request: ConsentRequest;
  open: boolean;
  onOpenChange: (open: boolean) => void;
}) {
  const { project } = useProject();
  const queryClient = useQueryClient();
  const user = useUser(open ? request.user : undefined);
  const options = user.data ? deliveryOptions(project, user.data) : [];
  const [method, setMethod] = useState<DeliveryMethod | null>(null);
  const chosen = method ?? options.find((o) => o.block === null)?.method ?? null;
  const resend = useMutation({
    mutationFn: () =>
      unwrap(
        api.POST("/api/projects/{projectId}/consentRequests/{consentRequestId}/resend", {
          params: { path: { projectId: project.id, consentRequestId: request.id } },
          body: chosen ? { deliveryMethod: chosen } : {},
        }),
      ),
    onSuccess: async () => {
      await queryClient.invalidateQueries();
      onOpenChange(false);
    },
  });
  return (
    <Modal
      open={open}
      onOpenChange={(next) => {
        if (!next) resend.reset();
        onOpenChange(next);
      }}
      title={t("requests.resendTitle")}
      description={t("requests.resendBody")}
    >
      {user.error && <ErrorText error={user.error} />}
      <DeliveryChoice options={options} value={chosen} onChange={setMethod} />
      <ErrorText error={resend.error} />
      <div className="mt-4 flex justify-end gap-2">
        <Button onClick={() => onOpenChange(false)}>{t("action.cancelButton")}</Button>
        <Button
          variant="primary"
          disabled={resend.isPending || chosen === null}
          onClick={() => resend.mutate()}
        >
          {t("requests.resendConfirm")}
        </Button>
      </div>
    </Modal>
  );
}
