// The root layout: the components' stylesheet imported once, as their README says.
import type { ReactNode } from "react";
import "@kommunkompassen/react/styles.css";

export const metadata = { title: "Kommunkompassen – Next.js consumer" };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="sv">
      <body>{children}</body>
    </html>
  );
}
