using ContactCenter.Domain.Customers;
using ContactCenter.Server.Features.Customers.Directory;
using ContactCenter.Server.Features.Customers.Profiles;
using Marten;

namespace ContactCenter.Server.Features.Customers;

public static class CustomersModule
{
    /// <summary>The customers' documents in the one store, and a handler per use case.</summary>
    public static IServiceCollection AddCustomersModule(this IServiceCollection services)
    {
        services.ConfigureMarten(Configure);
        services.AddSingleton<ReadProfileHandler>();
        services.AddSingleton<SearchCustomersHandler>();
        services.AddSingleton<CreateCustomerHandler>();
        services.AddSingleton<UpdateCustomerHandler>();
        services.AddSingleton<CustomerHistoryHandler>();
        services.AddSingleton<ListCustomerFieldsHandler>();
        return services;
    }

    private static void Configure(StoreOptions options)
    {
        // By name: the directory lists and pages in name order, so the database reads only the page.
        options.Schema.For<Customer>().Index(c => c.Email).Index(c => c.Name);
        options.Schema.For<CustomerSchema>();
    }
}
