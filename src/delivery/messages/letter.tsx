import {
  Body,
  Button,
  Container,
  Head,
  Heading,
  Hr,
  Html,
  Link,
  Preview,
  Section,
  Text,
} from "@react-email/components";
import { render } from "@react-email/render";

/**
 * The two email layouts, as react-email components, each with a placeholder (`%%name%%`) in
 * every slot. The server never renders them: `npm run generate:letters` writes their HTML to
 * layouts.generated.ts, which layout.tsx fills, and a test fails while that file is stale. So
 * React, and the AsyncLocalStorage its renderer switches on for the whole process, stay out of
 * the server.
 */

const slot = (name: string) => `%%${name}%%`;

const styles = {
  body: { backgroundColor: "#f4f5f7", fontFamily: "Helvetica, Arial, sans-serif", margin: 0 },
  container: {
    backgroundColor: "#ffffff",
    margin: "24px auto",
    padding: "24px",
    maxWidth: "520px",
    borderRadius: "8px",
  },
  brand: { fontSize: "14px", fontWeight: 700, color: "#4b5563", margin: "0 0 8px" },
  heading: { fontSize: "22px", lineHeight: "28px", color: "#111827", margin: "0 0 16px" },
  text: { fontSize: "16px", lineHeight: "24px", color: "#111827" },
  button: {
    backgroundColor: "#1d4ed8",
    color: "#ffffff",
    fontSize: "16px",
    fontWeight: 700,
    padding: "12px 24px",
    borderRadius: "6px",
    textDecoration: "none",
  },
  small: { fontSize: "14px", lineHeight: "20px", color: "#374151" },
  link: { color: "#1d4ed8", wordBreak: "break-all" as const },
  footer: { fontSize: "12px", lineHeight: "18px", color: "#6b7280" },
};

function Letter({ withAction }: { withAction: boolean }) {
  return (
    <Html lang={slot("lang")}>
      <Head />
      <Preview>{slot("heading")}</Preview>
      <Body style={styles.body}>
        <Container style={styles.container}>
          <Text style={styles.brand}>{slot("brand")}</Text>
          <Heading as="h1" style={styles.heading}>
            {slot("heading")}
          </Heading>
          <Text style={styles.text}>{slot("greeting")}</Text>
          <Text style={styles.text}>{slot("intro")}</Text>
          {withAction ? (
            <>
              <Text style={styles.text}>{slot("detail")}</Text>
              <Section style={{ margin: "24px 0" }}>
                <Button href={slot("link")} style={styles.button}>
                  {slot("review")}
                </Button>
              </Section>
              <Text style={styles.small}>
                {slot("linkIntro")}
                <br />
                <Link href={slot("link")} style={styles.link}>
                  {slot("link")}
                </Link>
              </Text>
              <Text style={styles.text}>{slot("validity")}</Text>
            </>
          ) : null}
          <Hr />
          <Text style={styles.small}>{slot("notYou")}</Text>
          <Text style={styles.footer}>{slot("footer")}</Text>
        </Container>
      </Body>
    </Html>
  );
}

/** Both layouts' HTML, as react-email renders them. */
export async function renderLayouts(): Promise<{ consent: string; notice: string }> {
  return {
    consent: await render(<Letter withAction={true} />),
    notice: await render(<Letter withAction={false} />),
  };
}
