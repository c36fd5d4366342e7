import { useId } from "react";
import { t } from "../i18n/index.js";
import type { DeliveryMethod, DeliveryOption } from "../lib/consent.js";

/** The delivery methods as radio buttons; one that cannot reach the user is disabled with why. */
export function DeliveryChoice({
  options,
  value,
  onChange,
}: {
  options: DeliveryOption[];
  value: DeliveryMethod | null;
  onChange: (method: DeliveryMethod) => void;
}) {
  const name = useId();
  return (
    <fieldset className="mb-4">
      <legend className="mb-2 text-sm font-semibold">{t("action.deliveryMethod")}</legend>
      {options.map((option) => {
        const reasonId = `${name}-${option.method}-reason`;
        return (
          <div key={option.method} className="mb-1">
            <label
              className={`flex items-center gap-2 text-sm ${option.block ? "text-slate-500" : ""}`}
            >
              <input
                type="radio"
                name={name}
                value={option.method}
                disabled={option.block !== null}
                checked={value === option.method}
                onChange={() => onChange(option.method)}
                aria-describedby={option.block ? reasonId : undefined}
              />
              {t(`method.${option.method}`)}
            </label>
            {option.block && (
              <p id={reasonId} className="ml-6 text-xs text-slate-600">
                {t(option.block)}
              </p>
            )}
          </div>
        );
      })}
    </fieldset>
  );
}
