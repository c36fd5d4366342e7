import type { ButtonHTMLAttributes, ReactNode } from "react";
import { useId } from "react";
import { ApiError } from "../api/client.js";
import { t } from "../i18n/index.js";
import type { Block } from "../lib/consent.js";

const variants = {
  primary: "bg-blue-700 text-white hover:bg-blue-800",
  secondary: "border border-slate-300 bg-white text-slate-900 hover:bg-slate-100",
  danger: "bg-red-700 text-white hover:bg-red-800",
} as const;

type ButtonProps = ButtonHTMLAttributes<HTMLButtonElement> & { variant?: keyof typeof variants };

export function Button({ variant = "secondary", className = "", ...props }: ButtonProps) {
  return (
    <button
      type="button"
      className={`inline-flex items-center justify-center gap-1 rounded-md px-3 py-1.5 text-sm font-medium disabled:cursor-not-allowed disabled:opacity-60 ${variants[variant]} ${className}`}
      {...props}
    />
  );
}

/** A button the rules may forbid right now: disabled, with the reason in words beside it (D8). */
export function GuardedButton({
  block,
  children,
  ...props
}: ButtonProps & { block: Block; children: ReactNode }) {
  const reasonId = useId();
  return (
    <span className="inline-flex flex-col items-start gap-1">
      <Button
        {...props}
        disabled={block !== null || props.disabled}
        aria-describedby={block ? reasonId : undefined}
      >
        {children}
      </Button>
      {block && (
        <span id={reasonId} className="text-xs text-slate-600">
          {t(block)}
        </span>
      )}
    </span>
  );
}

const badgeColours: Record<string, string> = {
  pending: "bg-amber-100 text-amber-900",
  approved: "bg-blue-100 text-blue-900",
  fulfilled: "bg-green-100 text-green-900",
  declined: "bg-red-100 text-red-900 ring-1 ring-red-700",
  canceled: "bg-slate-200 text-slate-800",
  expired: "bg-slate-200 text-slate-800",
  active: "bg-green-100 text-green-900",
  ended: "bg-slate-200 text-slate-800",
};

export function StatusBadge({ status }: { status: string }) {
  return (
    <span
      className={`inline-block rounded-full px-2 py-0.5 text-xs font-semibold ${badgeColours[status] ?? "bg-slate-200"}`}
    >
      {t(`status.${status}` as never)}
    </span>
  );
}

/** An error of the API in words, next to what caused it (D9). */
export function ErrorText({ error }: { error: unknown }) {
  if (!error) return null;
  const message = error instanceof Error ? error.message : String(error);
  const details = error instanceof ApiError ? error.details : [];
  return (
    <div
      role="alert"
      className="rounded-md border border-red-300 bg-red-50 p-2 text-sm text-red-900"
    >
      {t("common.error", { message })}
      {details.length > 0 && (
        <ul className="list-disc pl-5">
          {details.map((d) => (
            <li key={`${d.path}:${d.message}`}>
              {d.path}: {d.message}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

export function Loading() {
  return (
    <p role="status" className="text-sm text-slate-600">
      {t("common.loading")}
    </p>
  );
}

export function PageTitle({ children }: { children: ReactNode }) {
  return <h1 className="mb-4 text-2xl font-semibold">{children}</h1>;
}

export function Section({
  title,
  children,
  id,
}: {
  title: string;
  children: ReactNode;
  id?: string;
}) {
  const headingId = useId();
  return (
    <section
      aria-labelledby={headingId}
      id={id}
      className="mb-6 rounded-lg border border-slate-200 bg-white p-4"
    >
      <h2 id={headingId} className="mb-3 text-lg font-semibold">
        {title}
      </h2>
      {children}
    </section>
  );
}

/** Keyset paging (A3): the cursors of the list answer. */
export function Pager({
  moreAfter,
  moreBefore,
  onAfter,
  onBefore,
}: {
  moreAfter: string | null;
  moreBefore: string | null;
  onAfter: (cursor: string) => void;
  onBefore: (cursor: string) => void;
}) {
  return (
    <nav aria-label={t("common.paging")} className="mt-3 flex gap-2">
      <Button disabled={!moreBefore} onClick={() => moreBefore && onBefore(moreBefore)}>
        {t("common.previous")}
      </Button>
      <Button disabled={!moreAfter} onClick={() => moreAfter && onAfter(moreAfter)}>
        {t("common.next")}
      </Button>
    </nav>
  );
}

export const tableClass = "w-full border-collapse text-left text-sm";
export const thClass = "border-b border-slate-300 px-2 py-2 font-semibold";
export const tdClass = "border-b border-slate-200 px-2 py-2 align-top";
export const inputClass = "rounded-md border border-slate-400 bg-white px-2 py-1.5 text-sm";
