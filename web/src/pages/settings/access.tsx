import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { api, type Paths, unwrap } from "../../api/client.js";
import { Modal } from "../../components/dialog.js";
import { LabelledSelect } from "../../components/select.js";
import {
  Button,
  ErrorText,
  inputClass,
  Section,
  tableClass,
  tdClass,
  thClass,
} from "../../components/ui.js";
import { formatTime, t } from "../../i18n/index.js";
import { useProject } from "../../session.js";

type Json<T> = T extends { content: { "application/json": infer B } } ? B : never;
type Member = Json<
  Paths["/api/projects/{projectId}/members"]["get"]["responses"][200]
>["items"][number];
type ApiKey = Json<
  Paths["/api/projects/{projectId}/apiKeys"]["get"]["responses"][200]
>["items"][number];
type MemberRole = Member["role"];
type KeyRole = ApiKey["role"];

const memberRoles: MemberRole[] = ["owner", "support", "viewer"];
const keyRoles: KeyRole[] = ["owner", "support", "viewer", "simSwapCheck"];
const roleOptions = <R extends string>(roles: R[]) =>
  roles.map((r) => ({ value: r, label: t(`role.${r}` as never) }));

/** Shown once, right after it was made: a password or a key. */
export function OnceSecret({ note, value }: { note: string; value: string }) {
  return (
    <div role="status" className="my-3 rounded-md border-2 border-green-700 bg-green-50 p-3">
      <p className="mb-1 text-sm font-semibold">{note}</p>
      <code className="font-mono break-all" data-testid="once-secret">
        {value}
      </code>{" "}
      <Button onClick={() => navigator.clipboard?.writeText(value).catch(() => undefined)}>
        {t("common.copy")}
      </Button>
    </div>
  );
}

export function ConfirmDialog({
  title,
  body,
  confirm,
  open,
  onOpenChange,
  onConfirm,
  error,
  pending,
}: {
  title: string;
  body: string;
  confirm: string;
  open: boolean;
  onOpenChange: (open: boolean) => void;
  onConfirm: () => void;
  error: unknown;
  pending: boolean;
}) {
  return (
    <Modal open={open} onOpenChange={onOpenChange} title={title} description={body}>
      <ErrorText error={error} />
      <div className="mt-4 flex justify-end gap-2">
        <Button onClick={() => onOpenChange(false)}>{t("action.cancelButton")}</Button>
        <Button variant="danger" disabled={pending} onClick={onConfirm}>
          {confirm}
        </Button>
      </div>
    </Modal>
  );
}

function MemberRow({ member }: { member: Member }) {
  const { project } = useProject();
  const queryClient = useQueryClient();
  const [removing, setRemoving] = useState(false);
  const path = { projectId: project.id, memberId: member.id };
  const refresh = () => queryClient.invalidateQueries({ queryKey: ["members", project.id] });
  const changeRole = useMutation({
    mutationFn: (role: MemberRole) =>
      unwrap(
        api.PATCH("/api/projects/{projectId}/members/{memberId}", {
          params: { path },
          body: { role },
        }),
      ),
    onSettled: refresh,
  });
  const remove = useMutation({
    mutationFn: () =>
      unwrap(
        api.POST("/api/projects/{projectId}/members/{memberId}/remove", {
          params: { path },
          body: {},
        }),
      ),
    onSuccess: async () => {
      setRemoving(false);
      await refresh();
    },
  });
  return (
    <tr>
      <td className={tdClass}>{member.email}</td>
      <td className={tdClass}>{member.fullName}</td>
      <td className={tdClass}>
        <select
          aria-label={t("settings.roleOf", { email: member.email })}
          className={inputClass}
          value={member.role}
          onChange={(e) => changeRole.mutate(e.target.value as MemberRole)}
        >
          {roleOptions(memberRoles).map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
        <ErrorText error={changeRole.error} />
      </td>
      <td className={tdClass}>
        <Button
          aria-label={t("settings.removeOf", { email: member.email })}
          onClick={() => setRemoving(true)}
        >
          {t("settings.remove")}
        </Button>
        <ConfirmDialog
          title={t("settings.removeTitle", { email: member.email })}
          body={t("settings.removeBody")}
          confirm={t("settings.remove")}
          open={removing}
          onOpenChange={setRemoving}
          onConfirm={() => remove.mutate()}
          error={remove.error}
          pending={remove.isPending}
        />
      </td>
    </tr>
  );
}

/** T3: the project's members and their roles; a new member's one-time password shows once. */
export function MembersSection() {
  const { project } = useProject();
  const queryClient = useQueryClient();
  const [email, setEmail] = useState("");
  const [role, setRole] = useState<MemberRole>("support");
  const members = useQuery({
    queryKey: ["members", project.id],
    queryFn: () =>
      unwrap(
        api.GET("/api/projects/{projectId}/members", {
          params: { path: { projectId: project.id }, query: { limit: 200 } },
        }),
      ),
  });
  const add = useMutation({
    mutationFn: () =>
      unwrap(
        api.POST("/api/projects/{projectId}/members", {
          params: { path: { projectId: project.id } },
          body: { email, role },
        }),
      ),
    onSuccess: async () => {
      setEmail("");
      await queryClient.invalidateQueries({ queryKey: ["members", project.id] });
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    add.mutate();
  };
  return (
    <Section title={t("settings.members")}>
      <ErrorText error={members.error} />
      {members.data && (
        <div className="relative overflow-x-auto">
          <table className={tableClass}>
            <caption className="sr-only">{t("settings.members")}</caption>
            <thead>
              <tr>
                <th className={thClass}>{t("settings.memberEmail")}</th>
                <th className={thClass}>{t("settings.memberName")}</th>
                <th className={thClass}>{t("settings.memberRole")}</th>
                <th className={thClass}>
                  <span className="sr-only">{t("common.actions")}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {members.data.items.map((m) => (
                <MemberRow key={m.id} member={m} />
              ))}
            </tbody>
          </table>
        </div>
      )}
      <form onSubmit={submit} className="mt-4 flex flex-wrap items-end gap-3">
        <h3 className="w-full font-semibold">{t("settings.newMember")}</h3>
        <label className="flex flex-col gap-1 text-sm font-medium">
          {t("settings.memberEmail")}
          <input
            type="email"
            required
            className={inputClass}
            value={email}
            onChange={(e) => setEmail(e.target.value)}
          />
        </label>
        <LabelledSelect
          label={t("settings.memberRole")}
          value={role}
          onChange={(v) => setRole(v as MemberRole)}
          options={roleOptions(memberRoles)}
        />
        <Button type="submit" variant="primary" disabled={add.isPending}>
          {t("settings.addMember")}
        </Button>
      </form>
      <ErrorText error={add.error} />
      {add.data?.password && (
        <OnceSecret note={t("settings.passwordOnce")} value={add.data.password} />
      )}
    </Section>
  );
}

function KeyRow({ apiKey }: { apiKey: ApiKey }) {
  const { project } = useProject();
  const queryClient = useQueryClient();
  const [revoking, setRevoking] = useState(false);
  const revoke = useMutation({
    mutationFn: () =>
      unwrap(
        api.POST("/api/projects/{projectId}/apiKeys/{apiKeyId}/revoke", {
          params: { path: { projectId: project.id, apiKeyId: apiKey.id } },
          body: {},
        }),
      ),
    onSuccess: async () => {
      setRevoking(false);
      await queryClient.invalidateQueries({ queryKey: ["apiKeys", project.id] });
    },
  });
  return (
    <tr>
      <td className={tdClass}>{apiKey.name}</td>
      <td className={tdClass}>{t(`role.${apiKey.role}`)}</td>
      <td className={tdClass}>
        <code>{apiKey.prefix}…</code>
      </td>
      <td className={tdClass}>{formatTime(apiKey.createdAt)}</td>
      <td className={tdClass}>{formatTime(apiKey.lastUsedAt)}</td>
      <td className={tdClass}>
        {apiKey.revokedAt ? (
          t("settings.revoked")
        ) : (
          <>
            <Button
              aria-label={t("settings.revokeOf", { name: apiKey.name })}
              onClick={() => setRevoking(true)}
            >
              {t("settings.revoke")}
            </Button>
            <ConfirmDialog
              title={t("settings.revokeTitle", { name: apiKey.name })}
              body={t("settings.revokeBody")}
              confirm={t("settings.revoke")}
              open={revoking}
              onOpenChange={setRevoking}
              onConfirm={() => revoke.mutate()}
              error={revoke.error}
              pending={revoke.isPending}
            />
          </>
        )}
      </td>
    </tr>
  );
}

/** T3: API keys, the key itself shown once at creation; revocable. */
export function ApiKeysSection() {
  const { project } = useProject();
  const queryClient = useQueryClient();
  const [name, setName] = useState("");
  const [role, setRole] = useState<KeyRole>("support");
  const keys = useQuery({
    queryKey: ["apiKeys", project.id],
    queryFn: () =>
      unwrap(
        api.GET("/api/projects/{projectId}/apiKeys", {
          params: { path: { projectId: project.id }, query: { limit: 200 } },
        }),
      ),
  });
  const create = useMutation({
    mutationFn: () =>
      unwrap(
        api.POST("/api/projects/{projectId}/apiKeys", {
          params: { path: { projectId: project.id } },
          body: { name, role },
        }),
      ),
    onSuccess: async () => {
      setName("");
      await queryClient.invalidateQueries({ queryKey: ["apiKeys", project.id] });
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate();
  };
  return (
    <Section title={t("settings.apiKeys")}>
      <ErrorText error={keys.error} />
      {keys.data && (
        <div className="relative overflow-x-auto">
          <table className={tableClass}>
            <caption className="sr-only">{t("settings.apiKeys")}</caption>
            <thead>
              <tr>
                <th className={thClass}>{t("settings.keyName")}</th>
                <th className={thClass}>{t("settings.keyRole")}</th>
                <th className={thClass}>{t("settings.keyPrefix")}</th>
                <th className={thClass}>{t("settings.keyCreated")}</th>
                <th className={thClass}>{t("settings.keyLastUsed")}</th>
                <th className={thClass}>{t("settings.keyStatus")}</th>
              </tr>
            </thead>
            <tbody>
              {keys.data.items.map((k) => (
                <KeyRow key={k.id} apiKey={k} />
              ))}
            </tbody>
          </table>
        </div>
      )}
      <form onSubmit={submit} className="mt-4 flex flex-wrap items-end gap-3">
        <h3 className="w-full font-semibold">{t("settings.newKey")}</h3>
        <label className="flex flex-col gap-1 text-sm font-medium">
          {t("settings.keyName")}
          <input
            required
            className={inputClass}
            value={name}
            onChange={(e) => setName(e.target.value)}
          />
        </label>
        <LabelledSelect
          label={t("settings.keyRole")}
          value={role}
          onChange={(v) => setRole(v as KeyRole)}
          options={roleOptions(keyRoles)}
        />
        <Button type="submit" variant="primary" disabled={create.isPending}>
          {t("settings.createKey")}
        </Button>
      </form>
      <ErrorText error={create.error} />
      {create.data?.key && <OnceSecret note={t("settings.keyOnce")} value={create.data.key} />}
    </Section>
  );
}
