# Aspirasi: API + workers in one image; ROLE=api|worker|all picks what a container runs.
FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production DOTENV_CONFIG_QUIET=true
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN node scripts/build-web.mjs || echo "web build skipped"
EXPOSE 3000
CMD ["npx", "tsx", "src/main.ts"]
