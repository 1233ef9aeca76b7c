using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace IronArmy.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class DigestLookups : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "CustomerKey",
                table: "VisitFacts",
                type: "TEXT",
                maxLength: 60,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "CustomerKey",
                table: "KickoffPlanVisits",
                type: "TEXT",
                maxLength: 60,
                nullable: false,
                defaultValue: "");

            // Rows saved before the key existed (new rows get CustomerName.Key from the code); SQLite upper-cases ASCII only,
            // close to the key for the names teams type (Chinese has no case), and a miss only means "class unknown".
            migrationBuilder.Sql("UPDATE \"VisitFacts\" SET \"CustomerKey\" = upper(\"Customer\");");
            migrationBuilder.Sql("UPDATE \"KickoffPlanVisits\" SET \"CustomerKey\" = upper(\"Customer\");");

            migrationBuilder.CreateIndex(
                name: "IX_VisitFacts_TeamId_CustomerKey_WorkDate",
                table: "VisitFacts",
                columns: new[] { "TeamId", "CustomerKey", "WorkDate" });

            migrationBuilder.CreateIndex(
                name: "IX_KickoffPlanVisits_CustomerKey_PlanId",
                table: "KickoffPlanVisits",
                columns: new[] { "CustomerKey", "PlanId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_VisitFacts_TeamId_CustomerKey_WorkDate",
                table: "VisitFacts");

            migrationBuilder.DropIndex(
                name: "IX_KickoffPlanVisits_CustomerKey_PlanId",
                table: "KickoffPlanVisits");

            migrationBuilder.DropColumn(
                name: "CustomerKey",
                table: "VisitFacts");

            migrationBuilder.DropColumn(
                name: "CustomerKey",
                table: "KickoffPlanVisits");
        }
    }
}
